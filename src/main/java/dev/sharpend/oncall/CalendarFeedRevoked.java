package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A secret calendar link was revoked; it answers nothing from now on.
 *
 * @param feed its id
 * @param summary the schedule or person it showed
 */
@Audited(action = "oncall.calendar_feed_revoked", target = "oncall_calendar_feed")
record CalendarFeedRevoked(@Audited.Id String feed, String summary) implements AuditedChange {
}
