package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A rotation was added to a schedule as a new layer.
 *
 * @param rotation its id
 * @param summary what it is now
 */
@Audited(action = "oncall.rotation_created", target = "oncall_rotation")
record RotationCreated(@Audited.Id String rotation, String summary) implements AuditedChange {
}
