package dev.sharpend.notify;

import java.time.Instant;

import dev.sharpend.secret.SecretRef;

/**
 * One message in the outbox.
 *
 * @param id the delivery id
 * @param channel how it is sent
 * @param target the e-mail address or URL
 * @param subscriberId the subscriber it is for, or null
 * @param event what it tells, such as {@code incident.updated}
 * @param payload the prepared message (JSON)
 * @param state where it stands
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when it is due
 * @param lastError why the last attempt failed, or null
 * @param createdAt when it was written
 * @param deliveredAt when the receiver accepted it, or null
 * @param secret for a delivery to a person's contact method, the sealed URL (chat, ntfy)
 * or signing secret (webhook) it needs; null otherwise
 */
public record Delivery(String id, Channel channel, String target, String subscriberId, String event, String payload,
		DeliveryState state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant deliveredAt, SecretRef secret) {
}
