package dev.sharpend.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sharpend.provider.UpstreamReachedComponents;
import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises an alert through Sharpend's own intake, on each enabled integration of type
 * {@code provider}, while a provider's component mapped to ours is unwell, and resolves
 * it when the component recovers; on-call and insights then treat it like any alert.
 * While the provider's page cannot be read or is in maintenance, the alert stays as it
 * was: an unreadable page proves neither an outage nor a recovery.
 * <p>
 * Reactions run on several threads, so two changes of one upstream component seen in
 * quick succession may be handled out of order; a change older than the last one applied
 * to that component's alert is skipped, so a late "partial outage" never reopens an alert
 * its recovery resolved.
 */
@Component
class ProviderAlerts {

	private final Integrations integrations;

	private final AlertIntake intake;

	private final Map<String, Instant> applied = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	ProviderAlerts(Integrations integrations, AlertIntake intake) {
		this.integrations = integrations;
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(UpstreamReachedComponents event) {
		AlertStatus status = switch (event.to()) {
			case DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE -> AlertStatus.FIRING;
			case OPERATIONAL -> AlertStatus.RESOLVED;
			case UNKNOWN, MAINTENANCE -> null;
		};
		if (status == null) {
			return;
		}
		String fingerprint = fingerprint(event);
		// one component's changes apply one at a time, the newest last
		synchronized (this.locks.computeIfAbsent(fingerprint, (f) -> new Object())) {
			Instant last = this.applied.get(fingerprint);
			if (last != null && event.at().isBefore(last)) {
				return;
			}
			List<Integration> receiving = this.integrations.all()
				.stream()
				.filter((i) -> i.type() == IntegrationType.PROVIDER && i.enabled())
				.toList();
			for (Integration integration : receiving) {
				this.intake.accept(integration, List.of(alert(event, status)));
			}
			this.applied.put(fingerprint, event.at());
		}
	}

	private static String fingerprint(UpstreamReachedComponents event) {
		return "provider:" + event.provider() + ":" + event.upstreamComponent();
	}

	static IncomingAlert alert(UpstreamReachedComponents event, AlertStatus status) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("alertname", "UpstreamProviderUnwell");
		labels.put("provider", event.provider());
		labels.put("upstream_component", event.upstreamComponent());
		labels.put("severity", severity(event.to()));
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put("summary", event.provider() + " · " + event.upstreamComponent() + ": " + event.to().label());
		annotations.put("description", event.describe());
		return new IncomingAlert(fingerprint(event), status, labels, annotations, event.at(),
				(status == AlertStatus.RESOLVED) ? event.at() : null, null, event.describe());
	}

	private static String severity(UpstreamStatus status) {
		return switch (status) {
			case MAJOR_OUTAGE -> "critical";
			case PARTIAL_OUTAGE -> "error";
			default -> "warning";
		};
	}

}
