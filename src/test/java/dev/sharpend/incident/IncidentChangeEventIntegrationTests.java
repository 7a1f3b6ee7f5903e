package dev.sharpend.incident;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PagerDuty change events (deploys, configuration changes) go on the timeline of the open
 * incidents that have an alert group of the same integration attached.
 */
@SharpendIntegrationTest
class IncidentChangeEventIntegrationTests {

	private static final String URL = "/hooks/pagerduty/v2/change/enqueue";

	@LocalServerPort
	int port;

	@Test
	void aChangeEventIsNotedOnOpenIncidentsWithAGroupOfItsIntegrationOnly() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		JsonNode pagerduty = pagerDutyIntegration(f);
		String key = pagerduty.get("key").asString();
		String summary = "Checkout down " + System.nanoTime();
		assertThat(Api.anonymous(this.port)
			.postJson("/hooks/pagerduty/v2/enqueue",
					Map.of("routing_key", key, "event_action", "trigger", "dedup_key", summary, "payload",
							Map.of("summary", summary, "source", "checkout-1", "severity", "critical")))
			.status()).isEqualTo(202);
		long group = groupOf(f, pagerduty.get("id").asString(), summary);
		long related = f.declare("Checkout", "alertGroups", List.of(group)).get("number").asLong();
		long unrelated = f.declare("Something else").get("number").asLong();

		Api.Response answer = send(Map.of("routing_key", key, "payload",
				Map.of("summary", "Deploy v2.4.1", "timestamp", "2026-11-24T09:58:00.000+0000", "source", "ci",
						"custom_details", Map.of("author", "dana")),
				"links", List.of(Map.of("href", "https://ci.example.com/builds/220", "text", "Build 220"),
						Map.of("href", "javascript:alert(1)", "text", "bad"))));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
		assertThat(answer.json().get("status").asString()).isEqualTo("success");
		assertThat(answer.json().get("message").asString()).isEqualTo("Change event processed");
		// The timeline is written after the change event was answered.
		assertThat(Eventually.until("the change on the related incident", () -> f.timeline(related, "?kind=change"),
				(entries) -> !entries.isEmpty()))
			.containsExactly(
					"change: Change on `ci` at 2026-11-24T09:58:00Z: **Deploy v2.4.1** [Build 220](https://ci.example.com/builds/220) `{\"author\":\"dana\"}`");
		assertThat(f.timeline(unrelated, "?kind=change")).isEmpty();
	}

	@Test
	void aChangeWithManyLongLinksStillGoesOnTheTimelineWithTheLinksThatFit() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		JsonNode pagerduty = pagerDutyIntegration(f);
		String key = pagerduty.get("key").asString();
		String summary = "Queue stuck " + System.nanoTime();
		Api.anonymous(this.port)
			.postJson("/hooks/pagerduty/v2/enqueue", Map.of("routing_key", key, "event_action", "trigger", "payload",
					Map.of("summary", summary, "source", "queue-1", "severity", "error")));
		long incident = f.declare("Queue", "alertGroups", List.of(groupOf(f, pagerduty.get("id").asString(), summary)))
			.get("number")
			.asLong();
		List<Map<String, String>> links = java.util.stream.IntStream.range(0, 10)
			.mapToObj((i) -> Map.of("href", "https://ci.example.com/" + i + "/" + "p".repeat(1970)))
			.toList();

		Api.Response answer = send(Map.of("routing_key", key, "payload", Map.of("summary", "s".repeat(1024), "source",
				"c".repeat(300), "custom_details", Map.of("log", "l".repeat(5000))), "links", links));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
		List<String> noted = Eventually.until("the change on the timeline", () -> f.timeline(incident, "?kind=change"),
				(entries) -> !entries.isEmpty());
		assertThat(noted).singleElement()
			.satisfies((entry) -> assertThat(entry).contains("https://ci.example.com/2/")
				.doesNotContain("https://ci.example.com/3/")
				.hasSizeLessThanOrEqualTo(20_000));
	}

	@Test
	void invalidChangeEventsAreRefusedAsPagerDutyRefusesThem() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String key = pagerDutyIntegration(f).get("key").asString();

		Api.Response missing = send(Map.of("routing_key", key, "payload", Map.of("source", "ci")));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").toString()).contains("payload.summary");

		Api.Response unknown = send(Map.of("routing_key", "0".repeat(32), "payload", Map.of("summary", "Deploy")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").toString()).contains("routing_key");
	}

	private JsonNode pagerDutyIntegration(IncidentFixtures f) {
		return IncidentFixtures.expect(201, f.admin()
			.postJson("/api/v1/integrations", Map.of("name", "pd-" + System.nanoTime(), "type", "pagerduty")));
	}

	private long groupOf(IncidentFixtures f, String integration, String title) {
		JsonNode groups = f.admin().get("/api/v1/alert-groups?size=500").json();
		return groups.get("items")
			.valueStream()
			.filter((g) -> g.get("integrationId").asString().equals(integration))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + title + " in " + groups))
			.get("id")
			.asLong();
	}

	private Api.Response send(Map<String, Object> event) {
		return Api.anonymous(this.port).postJson(URL, event);
	}

}
