package dev.sharpend.alert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class AlertGroupIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String hook;

	private String run;

	@BeforeEach
	void createIntegration() {
		JsonNode created = admin()
			.postJson("/api/v1/integrations",
					Map.of("name", "grouped", "type", "alertmanager", "groupBy", List.of("alertname")))
			.json();
		this.hook = "/hooks/alertmanager/" + created.get("key").asString();
		this.run = Long.toString(System.nanoTime());
	}

	@Test
	void alertsWithTheSameGroupingLabelsShareAGroupThatResolvesWithItsLastAlert() {
		fire("Latency" + this.run, "a", "firing");
		fire("Latency" + this.run, "b", "firing");
		fire("Errors" + this.run, "a", "firing");
		JsonNode latency = group("Latency" + this.run);
		assertThat(latency.get("status").asString()).isEqualTo("triggered");
		assertThat(latency.get("total").asInt()).isEqualTo(2);
		assertThat(latency.get("firing").asInt()).isEqualTo(2);
		assertThat(group("Errors" + this.run).get("id").asLong()).isNotEqualTo(latency.get("id").asLong());

		fire("Latency" + this.run, "a", "resolved");
		assertThat(group("Latency" + this.run).get("status").asString()).isEqualTo("triggered");
		assertThat(group("Latency" + this.run).get("firing").asInt()).isEqualTo(1);
		fire("Latency" + this.run, "b", "resolved");
		JsonNode resolved = group("Latency" + this.run);
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.has("resolvedBy")).as("resolved by itself").isFalse();
		assertThat(auditCount("alert_group.resolved", resolved.get("id").asString())).isZero();
	}

	@Test
	void peopleAcknowledgeAndResolveGroupsAndThatIsAudited() {
		fire("Disk" + this.run, "a", "firing");
		long id = group("Disk" + this.run).get("id").asLong();
		JsonNode acknowledged = admin().postJson("/api/v1/alert-groups/" + id + "/acknowledge", Map.of()).json();
		assertThat(acknowledged.get("status").asString()).isEqualTo("acknowledged");
		assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		JsonNode resolved = admin().postJson("/api/v1/alert-groups/" + id + "/resolve", Map.of()).json();
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.get("resolvedBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(auditCount("alert_group.acknowledged", Long.toString(id))).isEqualTo(1);
		assertThat(auditCount("alert_group.resolved", Long.toString(id))).isEqualTo(1);
		Api.Response again = admin().postJson("/api/v1/alert-groups/" + id + "/acknowledge", Map.of());
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void anAlertFiringAgainAfterItsGroupResolvedOpensANewGroup() {
		fire("Flap" + this.run, "a", "firing");
		long first = group("Flap" + this.run).get("id").asLong();
		fire("Flap" + this.run, "a", "resolved");
		fire("Flap" + this.run, "a", "firing");
		JsonNode second = group("Flap" + this.run);
		assertThat(second.get("id").asLong()).isNotEqualTo(first);
		assertThat(second.get("status").asString()).isEqualTo("triggered");
	}

	@Test
	void listingFiltersByStatusAndRejectsUnknownOnes() {
		fire("Listed" + this.run, "a", "firing");
		assertThat(admin().get("/api/v1/alert-groups?status=triggered").json().get("items").findValuesAsString("title"))
			.contains("Listed" + this.run + " on a");
		assertThat(admin().get("/api/v1/alert-groups?status=sleeping").status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/alert-groups/999999999").status()).isEqualTo(404);
	}

	private void fire(String name, String instance, String status) {
		Map<String, Object> alert = Map.of("status", status, "fingerprint", name + "/" + instance, "labels",
				Map.of("alertname", name, "instance", instance), "annotations",
				Map.of("summary", name + " on " + instance), "startsAt", "2026-11-24T10:00:00Z", "endsAt",
				"resolved".equals(status) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(this.hook, Map.of("version", "4", "status", status, "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode group(String alertname) {
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + alertname));
	}

	private long auditCount(String action, String target) {
		return this.jdbc.sql("select count(*) from audit_event where action = :a and target_id = :t")
			.param("a", action)
			.param("t", target)
			.query(Long.class)
			.single();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
