package dev.sharpend.notify;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A subscriber was added to a status page (confirmed or awaiting confirmation). */
@Audited(action = "subscriber.created", target = "subscriber")
record SubscriberAdded(PageId page, @Audited.Id String subscriber, Channel channel,
		String details) implements AuditedChange {
}
