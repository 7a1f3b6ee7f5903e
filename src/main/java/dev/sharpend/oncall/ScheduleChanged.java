package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A schedule was renamed.
 *
 * @param schedule its id
 * @param summary what it is now
 */
@Audited(action = "oncall.schedule_changed", target = "oncall_schedule")
record ScheduleChanged(@Audited.Id String schedule, String summary) implements AuditedChange {
}
