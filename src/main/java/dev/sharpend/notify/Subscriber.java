package dev.sharpend.notify;

import java.time.Instant;
import java.util.Set;

import dev.sharpend.catalog.PageId;
import dev.sharpend.secret.SecretRef;

/**
 * Someone who hears about a status page's incidents, maintenances and component changes.
 *
 * @param id the subscriber id
 * @param page the page
 * @param channel how they are told
 * @param target the e-mail address, webhook URL, or for chat a shortened URL (the full
 * chat URL is a credential and kept sealed)
 * @param token the capability carried in confirmation and unsubscribe links
 * @param secret the sealed webhook signing secret or chat URL, or null for e-mail
 * @param confirmedAt when the address was confirmed; null while awaiting confirmation
 * @param components the component ids chosen; empty means all
 * @param createdAt when it was created
 * @param confirmationMailedAt when the last confirmation mail was queued, or null
 */
public record Subscriber(String id, PageId page, Channel channel, String target, String token, SecretRef secret,
		Instant confirmedAt, Set<String> components, Instant createdAt, Instant confirmationMailedAt) {

	/** Whether messages go to this subscriber. */
	public boolean confirmed() {
		return this.confirmedAt != null;
	}

}
