package dev.sharpend.notify;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroupTriggered;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.incident.IncidentDeclared;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.IncidentSeverityChanged;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.IncidentStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns incident and alert group events into outbox deliveries for the outbound webhooks
 * that want them, after the change committed (so a webhook is told only about committed
 * changes) and retried until the deliveries are queued. Nothing is sent here.
 */
@Component
class OutboundNotifications {

	private final WebhookEndpointRepository endpoints;

	private final AlertGroups groups;

	private final IncidentResponse incidents;

	private final Outbox outbox;

	private final Links links;

	private final Clock clock;

	OutboundNotifications(WebhookEndpointRepository endpoints, AlertGroups groups, IncidentResponse incidents,
			Outbox outbox, Links links, Clock clock) {
		this.endpoints = endpoints;
		this.groups = groups;
		this.incidents = incidents;
		this.outbox = outbox;
		this.links = links;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AlertGroupTriggered event) {
		alertGroup(OutboundEvent.ALERT_GROUP_TRIGGERED, event.group());
	}

	@ApplicationModuleListener
	void on(AlertGroupAcknowledged event) {
		alertGroup(OutboundEvent.ALERT_GROUP_ACKNOWLEDGED, event.group());
	}

	@ApplicationModuleListener
	void on(AlertGroupResolved event) {
		alertGroup(OutboundEvent.ALERT_GROUP_RESOLVED, event.group());
	}

	@ApplicationModuleListener
	void on(IncidentDeclared event) {
		incident(OutboundEvent.INCIDENT_DECLARED, event.incident(), null);
	}

	@ApplicationModuleListener
	void on(IncidentStatusChanged event) {
		OutboundEvent kind = (event.to() == IncidentStatus.RESOLVED) ? OutboundEvent.INCIDENT_RESOLVED
				: OutboundEvent.INCIDENT_STATUS_CHANGED;
		incident(kind, event.incident(), OutboundPayloads.change("status", event.from().code(), event.to().code()));
	}

	@ApplicationModuleListener
	void on(IncidentSeverityChanged event) {
		incident(OutboundEvent.INCIDENT_SEVERITY_CHANGED, event.incident(),
				OutboundPayloads.change("severity", event.from(), event.to()));
	}

	private void incident(OutboundEvent event, long number, Map<String, Object> change) {
		enqueue(event, () -> OutboundPayloads.incident(event, this.incidents.require(number), change, this.links.base(),
				this.clock.instant()));
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
