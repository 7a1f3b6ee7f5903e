package dev.sharpend.alert;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** Someone took an alert group. */
@NamedInterface("api")
@Audited(action = "alert_group.acknowledged", target = "alert_group")
public record AlertGroupAcknowledged(@Audited.Id long group, String title, String by) implements AuditedChange {
}
