package dev.sharpend.alert;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * An acknowledged alert group returned to triggered: nobody is on it any more, such as
 * when an acknowledgement timed out.
 *
 * @param group the group
 * @param title its title
 * @param acknowledgedBy who had acknowledged it
 * @param reason why, in words
 */
@NamedInterface("api")
@Audited(action = "alert_group.unacknowledged", target = "alert_group")
public record AlertGroupUnacknowledged(@Audited.Id long group, String title, String acknowledgedBy,
		String reason) implements AuditedChange {
}
