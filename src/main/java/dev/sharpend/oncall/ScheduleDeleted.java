package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A schedule was deleted with its rotations and overrides.
 *
 * @param schedule its id
 * @param summary what was removed
 */
@Audited(action = "oncall.schedule_deleted", target = "oncall_schedule")
record ScheduleDeleted(@Audited.Id String schedule, String summary) implements AuditedChange {
}
