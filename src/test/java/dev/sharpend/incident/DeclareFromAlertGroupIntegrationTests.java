package dev.sharpend.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declaring from an alert group as a responder does it: the group knows its incident, a
 * second declaration is offered the first, and the incident starts from the rule and the
 * alerts' severity.
 */
@SharpendIntegrationTest
class DeclareFromAlertGroupIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void declaringTakesTheRuleAsTitleTheLabelAsSeverityAndAcknowledgesTheGroup() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String name = "ErrorRate" + System.nanoTime();
		long group = f.fireWithLinks(name, "api-1", "critical", Instant.now());

		JsonNode incident = f.declare("", "alertGroups", List.of(group));

		long number = incident.get("number").asLong();
		assertThat(incident.get("title").asString()).isEqualTo(name + " (job=api)");
		assertThat(incident.get("severity").asString()).isEqualTo("SEV1");
		JsonNode g = f.admin().get("/api/v1/alert-groups/" + group).json();
		assertThat(g.get("status").asString()).isEqualTo("acknowledged");
		assertThat(g.get("acknowledgedBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(g.get("incident").get("number").asLong()).isEqualTo(number);
		assertThat(g.get("incident").get("open").asBoolean()).isTrue();
		assertThat(f.timeline(number, "?kind=alert")).contains("alert: Alert group #" + group + " (" + name
				+ " on api-1) acknowledged: INC-" + number + " is handling it.");
	}

	@Test
	void aWarningLabelMapsToSev3AndAnExplicitSeverityWins() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long warning = f.fireWithLinks("Disk" + System.nanoTime(), "db-1", "warning", Instant.now());
		long error = f.fireWithLinks("Queue" + System.nanoTime(), "q-1", "error", Instant.now());

		assertThat(f.declare("Disk", "alertGroups", List.of(warning)).get("severity").asString()).isEqualTo("SEV3");
		assertThat(f.declare("Queue", "alertGroups", List.of(error), "severity", "SEV4").get("severity").asString())
			.isEqualTo("SEV4");
	}

	@Test
	void aSecondDeclarationFromAGroupInAnOpenIncidentIsRefusedNamingThatIncident() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long group = f.fireWithLinks("Latency" + System.nanoTime(), "api-1", "high", Instant.now());
		long number = f.declare("Latency", "alertGroups", List.of(group)).get("number").asLong();
		long before = f.admin().get("/api/v1/incidents?size=1").json().get("total").asLong();

		Api.Response again = f.admin()
			.postJson("/api/v1/incidents", Map.of("title", "Latency again", "alertGroups", List.of(group)));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("INC-" + number);
		assertThat(f.admin().get("/api/v1/incidents?size=1").json().get("total").asLong()).isEqualTo(before);

		// Once that incident is over, the group may be taken on anew.
		f.admin().sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("status", "resolved"));
		assertThat(f.admin().get("/api/v1/alert-groups/" + group).json().get("incident").get("open").asBoolean())
			.isFalse();
		long next = f.declare("Latency, again", "alertGroups", List.of(group)).get("number").asLong();
		assertThat(f.admin().get("/api/v1/alert-groups/" + group).json().get("incident").get("number").asLong())
			.isEqualTo(next);
	}

	@Test
	void theGroupPagesOfferTheOpenIncidentInsteadOfASecondDeclaration() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String name = "Saturation" + System.nanoTime();
		long group = f.fireWithLinks(name, "node-1", "critical", Instant.now());
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		String form = browser.getHtml("/response/incidents/declare?group=" + group).body();
		assertThat(form).contains("value=\"" + name + " (job=api)\"")
			.containsPattern("<option value=\"SEV1\" selected")
			.contains("https://runbooks.example.com/" + name);
		Api.Response declared = browser.submitForm("/response/incidents/declare?group=" + group,
				"/response/incidents/from-group/" + group, Map.of("title", name + " (job=api)", "severity", "SEV2"));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(302);
		String location = declared.header("Location");
		long number = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(f.admin().get("/api/v1/incidents/" + number).json().get("severity").asString()).isEqualTo("SEV2");

		String link = "href=\"/response/incidents/" + number + "\"";
		assertThat(browser.getHtml("/alerts/groups/" + group).body()).contains(link)
			.contains("Open INC-" + number)
			.doesNotContain("Declare incident");
		String integration = f.admin().get("/api/v1/alert-groups/" + group).json().get("integrationId").asString();
		assertThat(browser.getHtml("/alerts?integration=" + integration).body()).contains(link);
		assertThat(browser.getHtml("/response/incidents/declare?group=" + group).body())
			.contains("is already in INC-" + number)
			.doesNotContain("from-group");
		Api.Response again = browser.submitForm("/alerts/groups/" + group, "/response/incidents/from-group/" + group,
				Map.of("title", "Duplicate"));
		assertThat(again.header("Location")).endsWith("/response/incidents/" + number);

		String page = browser.getHtml("/response/incidents/" + number).body();
		assertThat(page).contains("href=\"/alerts/groups/" + group + "\"")
			.contains("href=\"https://runbooks.example.com/" + name + "\"")
			.doesNotContain("href=\"javascript:");
	}

	@Test
	void aGroupsTimesComeFromWhenItsAlertsStarted() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String name = "Stale" + System.nanoTime();
		Instant started = Instant.now().minus(Duration.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
		long group = f.fireWithLinks(name, "api-1", null, started);

		JsonNode g = f.admin().get("/api/v1/alert-groups/" + group).json();
		assertThat(Instant.parse(g.get("startedAt").asString())).isEqualTo(started);
		assertThat(Instant.parse(g.get("openedAt").asString())).isAfter(started.plus(Duration.ofHours(6)));
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(browser.getHtml("/alerts/groups/" + group).body()).contains(">7 h ago<");
		String integration = g.get("integrationId").asString();
		assertThat(browser.getHtml("/alerts?integration=" + integration).body()).contains("started <time")
			.doesNotContain("opened <time");
	}

}
