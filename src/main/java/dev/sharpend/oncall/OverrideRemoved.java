package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An override was removed; the layers decide again.
 *
 * @param override its id
 * @param summary what was removed
 */
@Audited(action = "oncall.override_removed", target = "oncall_override")
record OverrideRemoved(@Audited.Id String override, String summary) implements AuditedChange {
}
