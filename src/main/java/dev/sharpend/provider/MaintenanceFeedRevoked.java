package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A secret link to the upstream maintenance calendar was revoked; it answers nothing now.
 *
 * @param feed its id
 * @param person who made it
 */
@Audited(action = "provider.calendar_feed_revoked", target = "provider_calendar_feed")
record MaintenanceFeedRevoked(@Audited.Id String feed, String person) implements AuditedChange {
}
