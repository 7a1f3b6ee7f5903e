package dev.sharpend.audit;

import java.time.Instant;

/**
 * Criteria for listing audit events; null fields do not filter.
 *
 * @param actor part of the actor's name
 * @param action an action prefix, such as {@code user.} or {@code user.created}
 * @param targetType the kind of thing changed
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 */
public record AuditFilter(String actor, String action, String targetType, Instant from, Instant to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	/** Events whose action starts with the given prefix, such as {@code user.}. */
	public static AuditFilter action(String prefix) {
		return new AuditFilter(null, prefix, null, null, null);
	}

}
