package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;

/**
 * Test alerts: one firing alert, clearly labelled as a test, sent through an
 * integration's own intake path (silences, maintenance and grouping apply as to any
 * other), so a team can see that the path from a source to a group and a page works
 * before a real alert depends on it.
 */
@Service
public class TestAlerts {

	/** The {@code alertname} of every test alert. */
	public static final String ALERTNAME = "SharpendTestAlert";

	private final IntegrationRepository integrations;

	private final AlertIntake intake;

	private final AlertGroups groups;

	private final Clock clock;

	TestAlerts(IntegrationRepository integrations, AlertIntake intake, AlertGroups groups, Clock clock) {
		this.integrations = integrations;
		this.intake = intake;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * Sends a test alert through the integration.
	 * @param by who asked, named in the alert
	 * @throws RequestRejected when there is no such integration or it is disabled
	 */
	public Sent send(UUID integrationId, String by) {
		Integration integration = this.integrations.findById(integrationId)
			.orElseThrow(() -> RequestRejected.notFound("There is no integration " + integrationId + "."));
		if (!integration.enabled()) {
			throw RequestRejected.conflict(null,
					integration.name() + " is disabled; it takes no alerts, test alerts included.");
		}
		Instant now = this.clock.instant();
		String fingerprint = "test-" + UUID.randomUUID();
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("alertname", ALERTNAME);
		labels.put("integration", integration.name());
		labels.put("severity", "info");
		labels.put("test", "true");
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put("summary", "Test alert from " + by);
		annotations.put("description", "Sent with \"Send a test alert\" to check that alerts through "
				+ integration.name() + " reach Sharpend and open a group. Nothing is wrong: resolve the group.");
		String raw = "{\"test\":true,\"sentBy\":\"" + by.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		IncomingAlert alert = new IncomingAlert(fingerprint, AlertStatus.FIRING, labels, annotations, now, null, null,
				IncomingAlert.truncate(raw, IncomingAlert.MAX_RAW));
		this.intake.accept(integration, List.of(alert));
		return new Sent(integration.name(), this.groups.groupOf(integrationId, fingerprint));
	}

	/**
	 * A test alert that was stored.
	 *
	 * @param integration the integration's name
	 * @param group the group it joined, or empty when a silence or a maintenance held it
	 * back
	 */
	public record Sent(String integration, Optional<Long> group) {
	}

}
