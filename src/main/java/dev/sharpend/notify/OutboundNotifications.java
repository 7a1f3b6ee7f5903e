package dev.sharpend.notify;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroupTriggered;
import dev.sharpend.alert.AlertGroups;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns incident and alert group events into outbox deliveries for the outbound webhooks
 * that want them, in the transaction of the change: a webhook is told exactly about the
 * changes that were committed. Nothing is sent here.
 */
@Component
class OutboundNotifications {

	private final WebhookEndpointRepository endpoints;

	private final AlertGroups groups;

	private final Outbox outbox;

	private final Links links;

	private final Clock clock;

	OutboundNotifications(WebhookEndpointRepository endpoints, AlertGroups groups, Outbox outbox, Links links,
			Clock clock) {
		this.endpoints = endpoints;
		this.groups = groups;
		this.outbox = outbox;
		this.links = links;
		this.clock = clock;
	}

	@EventListener
	void on(AlertGroupTriggered event) {
		alertGroup(OutboundEvent.ALERT_GROUP_TRIGGERED, event.group());
	}

	@EventListener
	void on(AlertGroupAcknowledged event) {
		alertGroup(OutboundEvent.ALERT_GROUP_ACKNOWLEDGED, event.group());
	}

	@EventListener
	void on(AlertGroupResolved event) {
		alertGroup(OutboundEvent.ALERT_GROUP_RESOLVED, event.group());
	}

	private void alertGroup(OutboundEvent event, long group) {
		enqueue(event, () -> OutboundPayloads.alertGroup(event, this.groups.require(group), this.links.base(),
				this.clock.instant()));
	}

	/** Builds the payload once, and only when some webhook wants the event. */
	void enqueue(OutboundEvent event, Supplier<String> payload) {
		List<WebhookEndpoint> receivers = this.endpoints.findAll().stream().filter((e) -> e.wants(event)).toList();
		if (receivers.isEmpty()) {
			return;
		}
		String body = payload.get();
		for (WebhookEndpoint endpoint : receivers) {
			this.outbox.enqueue(Channel.ENDPOINT, endpoint.url(), endpoint.id(), event.code(), body);
		}
	}

}
