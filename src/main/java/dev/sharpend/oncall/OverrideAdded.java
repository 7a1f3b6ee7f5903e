package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * Someone takes over a schedule for a period.
 *
 * @param override its id
 * @param summary what it is now
 */
@Audited(action = "oncall.override_added", target = "oncall_override")
record OverrideAdded(@Audited.Id String override, String summary) implements AuditedChange {
}
