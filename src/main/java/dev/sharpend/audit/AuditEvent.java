package dev.sharpend.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit log.
 *
 * @param id sequence number, increasing with time
 * @param occurredAt when the change was made
 * @param actorType user, token, system or anonymous
 * @param actorId the user or token id
 * @param actorName a readable name of the actor
 * @param action the dotted action name, such as {@code user.created}
 * @param targetType the kind of thing changed
 * @param targetId the id of the thing changed
 * @param summary the changed fields, never secret values
 * @param clientAddress the caller's network address, when the change came over HTTP
 */
public record AuditEvent(long id, Instant occurredAt, String actorType, String actorId, String actorName, String action,
		String targetType, String targetId, String summary, String clientAddress) {

}
