package dev.sharpend.statuspage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatible manage API, called with the bodies and the {@code OAuth} header a script
 * written for the hosted product sends.
 */
@SharpendIntegrationTest
class CompatApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void scriptCreatesListsAndUpdatesComponents() throws Exception {
		String base = base(new StatusPageFixtures(this.port).page("Compat components"));
		Reply created = send("POST", base + "/components", """
				{"component": {"description": "Public REST API", "status": "operational", "name": "API",
				  "only_show_if_degraded": false, "showcase": true, "start_date": "2024-01-01"}}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("name").asString()).isEqualTo("API");
		assertThat(created.json().get("start_date").asString()).isEqualTo("2024-01-01");
		assertThat(created.json().get("group_id").isNull()).isTrue();

		Reply patched = send("PATCH", base + "/components/" + id,
				"{\"component\": {\"status\": \"partial_outage\", \"description\": \"REST API\"}}");
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(patched.json().get("status").asString()).isEqualTo("partial_outage");
		assertThat(patched.json().get("description").asString()).isEqualTo("REST API");

		Reply list = send("GET", base + "/components", null);
		assertThat(list.json().get(0).get("id").asString()).isEqualTo(id);
		assertThat(send("GET", base + "/components/" + id, null).json().get("status").asString())
			.isEqualTo("partial_outage");
	}

	@Test
	void scriptOpensAndResolvesAnIncident() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Compat incidents");
		String componentId = fx.component(page, "Checkout").get("id").asString();
		String base = base(page);
		Reply opened = send("POST", base + "/incidents", """
				{"incident": {"name": "Checkout errors", "status": "investigating", "impact_override": "major",
				  "body": "We are seeing failed payments.", "component_ids": ["%s"],
				  "components": {"%s": "major_outage"}, "deliver_notifications": true}}""".formatted(componentId,
				componentId));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		JsonNode incident = opened.json();
		assertThat(incident.get("impact").asString()).isEqualTo("major");
		assertThat(incident.get("impact_override").asString()).isEqualTo("major");
		assertThat(incident.get("components").get(0).get("status").asString()).isEqualTo("major_outage");
		assertThat(incident.get("incident_updates").get(0).get("body").asString())
			.isEqualTo("We are seeing failed payments.");

		Reply resolved = send("PATCH", base + "/incidents/" + incident.get("id").asString(),
				"{\"incident\": {\"status\": \"resolved\", \"components\": {\"" + componentId
						+ "\": \"operational\"}}}");
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.json().get("resolved_at").isNull()).isFalse();
		assertThat(resolved.json().get("incident_updates").get(0).get("body").asString())
			.isEqualTo("This incident has been resolved.");
		assertThat(fx.json(page, "summary.json").get("status").get("indicator").asString()).isEqualTo("none");

		Reply list = send("GET", base + "/incidents", null);
		assertThat(StatusPageFixtures.ids(list.json())).contains(incident.get("id").asString());
	}

	@Test
	void anIncidentWithScheduledForIsAMaintenance() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Compat maintenance");
		String componentId = fx.component(page, "Database").get("id").asString();
		Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Reply scheduled = send("POST", base(page) + "/incidents", """
				{"incident": {"name": "Database upgrade", "status": "scheduled",
				  "scheduled_for": "%s", "scheduled_until": "%s", "scheduled_auto_in_progress": true,
				  "scheduled_auto_completed": true, "auto_transition_to_maintenance_state": true,
				  "auto_transition_to_operational_state": true, "component_ids": ["%s"],
				  "body": "We will upgrade the database."}}""".formatted(start, start.plus(Duration.ofHours(2)),
				componentId));
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
		JsonNode m = scheduled.json();
		assertThat(m.get("status").asString()).isEqualTo("scheduled");
		assertThat(m.get("impact").asString()).isEqualTo("maintenance");
		assertThat(Instant.parse(m.get("scheduled_for").asString())).isEqualTo(start);
		assertThat(m.get("scheduled_auto_completed").asBoolean()).isTrue();
		assertThat(m.get("auto_transition_to_maintenance_state").asBoolean()).isTrue();
		assertThat(fx.json(page, "scheduled-maintenances/upcoming.json")
			.get("scheduled_maintenances")
			.get(0)
			.get("id")
			.asString()).isEqualTo(m.get("id").asString());

		Reply moved = send("PATCH", base(page) + "/incidents/" + m.get("id").asString(),
				"{\"incident\": {\"scheduled_until\": \"" + start.plus(Duration.ofHours(3)) + "\"}}");
		assertThat(Instant.parse(moved.json().get("scheduled_until").asString()))
			.isEqualTo(start.plus(Duration.ofHours(3)));
	}

	@Test
	void scriptClearsAnImpactOverrideWithNull() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Compat impact");
		String componentId = fx.component(page, "Search").get("id").asString();
		Reply opened = send("POST", base(page) + "/incidents", """
				{"incident": {"name": "Slow search", "impact_override": "critical",
				  "components": {"%s": "degraded_performance"}}}""".formatted(componentId));
		String id = opened.json().get("id").asString();
		assertThat(opened.json().get("impact").asString()).isEqualTo("critical");

		Reply cleared = send("PATCH", base(page) + "/incidents/" + id, "{\"incident\": {\"impact_override\": null}}");
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		assertThat(cleared.json().get("impact_override").isNull()).isTrue();
		assertThat(cleared.json().get("impact").asString()).as("derived from degraded performance").isEqualTo("minor");
		assertThat(fx.json(page, "incidents/unresolved.json").get("incidents").get(0).get("impact").asString())
			.isEqualTo("minor");

		Reply kept = send("PATCH", base(page) + "/incidents/" + id, "{\"incident\": {\"name\": \"Slow search API\"}}");
		assertThat(kept.json().get("impact").asString()).isEqualTo("minor");
	}

	@Test
	void scriptDeletesComponentsAndIncidents() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Compat deletes");
		JsonNode component = fx.component(page, "Legacy API");
		JsonNode incident = fx.incident(page, "Legacy errors", component, "major_outage");
		String base = base(page);

		Reply deletedIncident = send("DELETE", base + "/incidents/" + incident.get("id").asString(), null);
		assertThat(deletedIncident.status()).as(deletedIncident.body()).isEqualTo(200);
		assertThat(deletedIncident.json().get("name").asString()).isEqualTo("Legacy errors");
		assertThat(send("GET", base + "/incidents/" + incident.get("id").asString(), null).status()).isEqualTo(404);
		assertThat(fx.json(page, "incidents.json").get("incidents")).isEmpty();

		Reply deletedComponent = send("DELETE", base + "/components/" + component.get("id").asString(), null);
		assertThat(deletedComponent.status()).isEqualTo(204);
		assertThat(fx.json(page, "components.json").get("components")).isEmpty();
		assertThat(send("DELETE", base + "/components/" + component.get("id").asString(), null).status())
			.isEqualTo(404);
		assertThat(send("DELETE", base + "/incidents/" + incident.get("id").asString(), null).status()).isEqualTo(404);
	}

	@Test
	void listsArePagedWithPageAndPerPage() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Compat paging");
		for (int i = 1; i <= 5; i++) {
			fx.component(page, "Region " + i);
		}
		String base = base(page);
		assertThat(send("GET", base + "/components", null).json()).hasSize(5);
		Reply second = send("GET", base + "/components?page=2&per_page=2", null);
		assertThat(second.json().valueStream().map((c) -> c.get("name").asString())).containsExactly("Region 3",
				"Region 4");
		assertThat(send("GET", base + "/components?page=3&per_page=2", null).json()).hasSize(1);
		assertThat(send("GET", base + "/components?page=4&per_page=2", null).json()).isEmpty();

		for (String name : new String[] { "First", "Second", "Third" }) {
			send("POST", base + "/incidents", "{\"incident\": {\"name\": \"" + name + "\"}}");
		}
		Reply newest = send("GET", base + "/incidents?per_page=2", null);
		assertThat(newest.json().valueStream().map((n) -> n.get("name").asString())).containsExactly("Third", "Second");
		Reply oldest = send("GET", base + "/incidents?page=2&per_page=2", null);
		assertThat(oldest.json().valueStream().map((n) -> n.get("name").asString())).containsExactly("First");

		Reply tooMany = send("GET", base + "/incidents?per_page=101", null);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("error").asString()).contains("per_page");
		assertThat(send("GET", base + "/components?page=0", null).status()).isEqualTo(400);
	}

	@Test
	void errorsAreAnErrorMessageAsTheHostedProductSends() throws Exception {
		String base = base(new StatusPageFixtures(this.port).page("Compat errors"));
		Reply unwrapped = send("POST", base + "/components", "{\"name\": \"API\"}");
		assertThat(unwrapped.status()).isEqualTo(400);
		assertThat(unwrapped.json().get("error").asString()).contains("{\"component\"");

		Reply badStatus = send("POST", base + "/components",
				"{\"component\": {\"name\": \"API\", \"status\": \"broken\"}}");
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.json().get("error").asString()).contains("Unknown component status");

		assertThat(send("GET", base + "/incidents/nosuchincident", null).json().get("error").asString())
			.contains("nosuchincident");
		assertThat(send("GET", "/compat/statuspage/v1/pages/nosuchpage/components", null).status()).isEqualTo(404);
	}

	@Test
	void fieldsOfTheWrongTypeAreAnErrorMessageNamingTheField() throws Exception {
		String base = base(new StatusPageFixtures(this.port).page("Compat types"));
		String component = send("POST", base + "/components", "{\"component\": {\"name\": \"API\"}}").json()
			.get("id")
			.asString();
		java.util.Map<String, String> bodies = java.util.Map.of("name", "{\"incident\": {\"name\": []}}", "status",
				"{\"component\": {\"name\": \"DB\", \"status\": {}}}", "position",
				"{\"component\": {\"name\": \"DB\", \"position\": \"first\"}}", "showcase",
				"{\"component\": {\"name\": \"DB\", \"showcase\": [true]}}", "components",
				"{\"incident\": {\"name\": \"Down\", \"components\": {\"" + component + "\": null}}}", "component_ids",
				"{\"incident\": {\"name\": \"Down\", \"component_ids\": [{}]}}");
		for (java.util.Map.Entry<String, String> body : bodies.entrySet()) {
			String path = base + (body.getValue().contains("incident") ? "/incidents" : "/components");
			Reply refused = send("POST", path, body.getValue());
			assertThat(refused.status()).as(body.getValue() + " " + refused.body()).isEqualTo(400);
			assertThat(refused.json().get("error").asString()).as(body.getValue()).contains(body.getKey());
		}
		assertThat(send("GET", base + "/incidents", null).json().size()).isZero();
		assertThat(send("GET", base + "/components", null).json().size()).isEqualTo(1);
	}

	@Test
	void bearerTokensWorkTooAndNoTokenIsRefused() throws Exception {
		String base = base(new StatusPageFixtures(this.port).page("Compat auth"));
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(url(base + "/components")))
			.header("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(bearer.statusCode()).isEqualTo(200);
		HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(url(base + "/components"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(none.statusCode()).isEqualTo(401);
	}

	private static String base(JsonNode page) {
		return "/compat/statuspage/v1/pages/" + page.get("id").asString();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Sends as a script for the hosted product does: OAuth header, JSON body. */
	private Reply send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "OAuth " + TestKeys.ADMIN_TOKEN)
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Reply(response.statusCode(), response.body());
	}

	record Reply(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
