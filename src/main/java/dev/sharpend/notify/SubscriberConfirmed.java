package dev.sharpend.notify;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A subscriber confirmed their e-mail address. */
@Audited(action = "subscriber.confirmed", target = "subscriber")
record SubscriberConfirmed(PageId page, @Audited.Id String subscriber, Channel channel,
		String details) implements AuditedChange {
}
