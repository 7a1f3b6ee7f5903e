package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A schedule was added to a team.
 *
 * @param schedule its id
 * @param summary what it is now
 */
@Audited(action = "oncall.schedule_created", target = "oncall_schedule")
record ScheduleCreated(@Audited.Id String schedule, String summary) implements AuditedChange {
}
