package dev.sharpend.notify;

import dev.sharpend.statuspage.PageId;
import dev.sharpend.system.AuditedChange;

/** A subscriber confirmed their e-mail address. */
record SubscriberConfirmed(PageId page, String subscriber, Channel channel, String details) implements AuditedChange {

	@Override
	public String action() {
		return "subscriber.confirmed";
	}

	@Override
	public String targetType() {
		return "subscriber";
	}

	@Override
	public String targetId() {
		return this.subscriber;
	}

	@Override
	public String summary() {
		return "page=" + this.page + ", channel=" + this.channel.code()
				+ ((this.details != null) ? ", " + this.details : "");
	}

}
