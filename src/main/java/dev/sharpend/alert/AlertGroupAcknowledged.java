package dev.sharpend.alert;

import java.time.Instant;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * Someone took an alert group.
 *
 * @param group the group
 * @param title its title
 * @param by who acknowledged it
 * @param at when (the audit entry has its own time)
 */
@NamedInterface("api")
@Audited(action = "alert_group.acknowledged", target = "alert_group")
public record AlertGroupAcknowledged(@Audited.Id long group, String title, String by,
		@Audited.Omit Instant at) implements AuditedChange {
}
