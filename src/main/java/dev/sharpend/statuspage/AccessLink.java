package dev.sharpend.statuspage;

import java.time.Instant;

import dev.sharpend.catalog.PageId;

/**
 * A link that lets visitors without an account read a private page. Only a hash of its
 * token is stored; the token is shown once, when the link is created.
 *
 * @param id the link id
 * @param page the page it opens
 * @param label who it was made for
 * @param hint the first characters of the token, to recognise it
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or null while it works
 */
public record AccessLink(String id, PageId page, String label, String hint, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

	/**
	 * A link just created, with its token (never stored).
	 *
	 * @param link the link
	 * @param token the secret part of the URL
	 */
	public record Created(AccessLink link, String token) {
	}

}
