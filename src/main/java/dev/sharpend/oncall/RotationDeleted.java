package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A rotation was removed from its schedule.
 *
 * @param rotation its id
 * @param summary what was removed
 */
@Audited(action = "oncall.rotation_deleted", target = "oncall_rotation")
record RotationDeleted(@Audited.Id String rotation, String summary) implements AuditedChange {
}
