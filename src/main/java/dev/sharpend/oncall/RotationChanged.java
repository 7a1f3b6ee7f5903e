package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A rotation's people, shifts, handoff, zone or restrictions changed.
 *
 * @param rotation its id
 * @param summary what it is now
 */
@Audited(action = "oncall.rotation_changed", target = "oncall_rotation")
record RotationChanged(@Audited.Id String rotation, String summary) implements AuditedChange {
}
