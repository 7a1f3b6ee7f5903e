package dev.sharpend.notify;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A subscriber was removed or unsubscribed. */
@Audited(action = "subscriber.deleted", target = "subscriber")
record SubscriberRemoved(PageId page, @Audited.Id String subscriber, Channel channel,
		String details) implements AuditedChange {
}
