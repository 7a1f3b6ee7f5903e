package dev.sharpend.notify;

import java.time.Instant;
import java.util.Set;

import dev.sharpend.secret.SecretRef;

/**
 * An outbound webhook: a URL told about incident and alert group events, with signed
 * JSON.
 *
 * @param id its id
 * @param name what it is for
 * @param url where events are posted
 * @param events the events it is told about; empty means all
 * @param secret the sealed signing secret
 * @param createdAt when it was added
 */
public record WebhookEndpoint(String id, String name, String url, Set<OutboundEvent> events, SecretRef secret,
		Instant createdAt) {

	/** Whether it wants to hear about an event. */
	public boolean wants(OutboundEvent event) {
		return this.events.isEmpty() || this.events.contains(event);
	}

}
