package dev.sharpend.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of outbound webhook bodies as the README documents it ("Outbound webhooks").
 */
class OutboundPayloadsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final UUID INTEGRATION = UUID.fromString("2f1c6a8e-7a53-4b1e-9d0e-0c2f5e1d9a11");

	@Test
	void anAlertGroupEventCarriesTheGroupAsItIsAfterTheChange() {
		AlertGroup group = new AlertGroup(12, INTEGRATION, "alertname=DiskFull", "DiskFull",
				AlertGroupStatus.ACKNOWLEDGED, NOW.minusSeconds(300), NOW, NOW, "ada@example.com", null, null, 2, 3,
				null, 7L, true, "critical");

		JsonNode body = JSON.readTree(OutboundPayloads.alertGroup(OutboundEvent.ALERT_GROUP_ACKNOWLEDGED, group,
				"https://sharpend.example.com", NOW));

		assertThat(names(body)).containsExactly("event", "occurred_at", "alert_group");
		assertThat(body.get("event").asString()).isEqualTo("alert_group.acknowledged");
		assertThat(body.get("occurred_at").asString()).isEqualTo("2026-12-01T10:00:00Z");
		JsonNode g = body.get("alert_group");
		assertThat(names(g)).containsExactly("id", "title", "rule", "severity", "status", "group_key", "integration_id",
				"opened_at", "acknowledged_at", "acknowledged_by", "resolved_at", "resolved_by", "firing", "total",
				"incident", "url");
		assertThat(g.get("id").asLong()).isEqualTo(12);
		assertThat(g.get("status").asString()).isEqualTo("acknowledged");
		assertThat(g.get("group_key").asString()).isEqualTo("alertname=DiskFull");
		assertThat(g.get("integration_id").asString()).isEqualTo(INTEGRATION.toString());
		assertThat(g.get("opened_at").asString()).isEqualTo("2026-12-01T09:55:00Z");
		assertThat(g.get("acknowledged_by").asString()).isEqualTo("ada@example.com");
		assertThat(g.get("resolved_at").isNull()).isTrue();
		assertThat(g.get("firing").asInt()).isEqualTo(2);
		assertThat(g.get("total").asInt()).isEqualTo(3);
		assertThat(g.get("url").asString()).isEqualTo("https://sharpend.example.com/api/v1/alert-groups/12");
		assertThat(g.get("rule").asString()).isEqualTo("DiskFull");
		assertThat(g.get("severity").asString()).isEqualTo("critical");
		JsonNode incident = g.get("incident");
		assertThat(incident.get("id").asLong()).isEqualTo(7);
		assertThat(incident.get("reference").asString()).isEqualTo("INC-7");
		assertThat(incident.get("open").asBoolean()).isTrue();
		assertThat(incident.get("url").asString()).isEqualTo("https://sharpend.example.com/response/incidents/7");
	}

	@Test
	void anIncidentChangeOfOneFieldSaysFromWhatToWhat() {
		Incident incident = new Incident(42, "Checkout fails", "", "SEV1", IncidentStatus.MITIGATED,
				NOW.minusSeconds(600), "ada@example.com", NOW, null, null, NOW, 3);

		JsonNode body = JSON.readTree(OutboundPayloads.incident(OutboundEvent.INCIDENT_STATUS_CHANGED, incident,
				OutboundPayloads.change("status", "investigating", "mitigated"), "https://sharpend.example.com", NOW));

		assertThat(names(body)).containsExactly("event", "occurred_at", "incident", "change");
		assertThat(body.get("event").asString()).isEqualTo("incident.status_changed");
		JsonNode i = body.get("incident");
		assertThat(names(i)).containsExactly("id", "reference", "title", "severity", "status", "declared_at",
				"declared_by", "mitigated_at", "resolved_at", "url");
		assertThat(i.get("id").asLong()).isEqualTo(42);
		assertThat(i.get("reference").asString()).isEqualTo("INC-42");
		assertThat(i.get("severity").asString()).isEqualTo("SEV1");
		assertThat(i.get("status").asString()).isEqualTo("mitigated");
		assertThat(i.get("mitigated_at").asString()).isEqualTo("2026-12-01T10:00:00Z");
		assertThat(i.get("resolved_at").isNull()).isTrue();
		assertThat(i.get("url").asString()).isEqualTo("https://sharpend.example.com/response/incidents/42");
		JsonNode change = body.get("change");
		assertThat(change.get("field").asString()).isEqualTo("status");
		assertThat(change.get("from").asString()).isEqualTo("investigating");
		assertThat(change.get("to").asString()).isEqualTo("mitigated");
	}

	@Test
	void aDeclarationHasNoChange() {
		Incident incident = new Incident(1, "Checkout fails", "", "SEV2", IncidentStatus.INVESTIGATING, NOW,
				"ada@example.com", null, null, null, NOW, 1);

		JsonNode body = JSON.readTree(OutboundPayloads.incident(OutboundEvent.INCIDENT_DECLARED, incident, null,
				"https://sharpend.example.com", NOW));

		assertThat(body.get("event").asString()).isEqualTo("incident.declared");
		assertThat(body.has("change")).isFalse();
	}

	private static List<String> names(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

}
