package dev.sharpend.alert;

import java.time.Instant;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * A responder answered "was action taken?" for a resolved alert group; a later answer for
 * the same group replaces this one.
 *
 * @param group the group
 * @param answer the answer
 * @param by who answered (a person; the answer is never asked of the system)
 * @param at when (the audit entry has its own time)
 */
@NamedInterface("api")
@Audited(action = "alert_group.action_recorded", target = "alert_group")
public record AlertGroupActionRecorded(@Audited.Id long group, ActionTaken answer, String by,
		@Audited.Omit Instant at) implements AuditedChange {
}
