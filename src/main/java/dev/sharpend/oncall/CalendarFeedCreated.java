package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A secret calendar link to a schedule, or to a person's own shifts, was made.
 *
 * @param feed its id
 * @param summary the schedule or person it shows
 */
@Audited(action = "oncall.calendar_feed_created", target = "oncall_calendar_feed")
record CalendarFeedCreated(@Audited.Id String feed, String summary) implements AuditedChange {
}
