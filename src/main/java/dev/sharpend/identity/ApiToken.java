package dev.sharpend.identity;

import java.time.Instant;
import java.util.Set;

import dev.sharpend.system.Permission;

/**
 * An API token: a named credential acting for its owner with a subset of the owner's
 * permissions. Only a hash of its value is stored.
 *
 * @param id the token's id
 * @param owner the user it acts for
 * @param name what the owner called it
 * @param hint the first characters of the value, to recognise it
 * @param permissions what it may do (never more than the owner's role allows at the time)
 * @param createdAt when it was created
 * @param expiresAt when it stops working, or null
 * @param lastUsedAt when it was last used, to the minute
 * @param revokedAt when it was revoked, or null
 */
public record ApiToken(ApiTokenId id, UserId owner, String name, String hint, Set<Permission> permissions,
		Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	/** Whether the token can still authenticate at the given time. */
	public boolean usableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
