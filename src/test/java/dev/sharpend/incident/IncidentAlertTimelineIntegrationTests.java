package dev.sharpend.incident;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class IncidentAlertTimelineIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void alertsFiringAndResolvingInAttachedGroupsGoOnTheTimeline() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String hook = f.alertmanagerHook();
		String name = "HighLatency" + System.nanoTime();
		String other = "Unrelated" + System.nanoTime();
		f.fire(hook, name, "a", "firing");
		f.fire(hook, other, "a", "firing");
		long group = f.groupId(name);
		long number = f.declare("Latency", "alertGroups", List.of(group)).get("number").asLong();
		assertThat(f.admin().get("/api/v1/incidents/" + number).json().get("alertGroups").get(0).asLong())
			.isEqualTo(group);

		f.fire(hook, name, "b", "firing");
		f.fire(hook, other, "b", "firing");
		f.fire(hook, name, "a", "resolved");
		f.fire(hook, name, "b", "resolved");

		String rule = "alert: Alert `alertname=" + name + ",job=api` (`" + name;
		// Alerts reach the timeline after intake answered, in the order they happened.
		assertThat(Eventually.until("six alert entries", () -> f.timeline(number, "?kind=alert"),
				(entries) -> entries.size() >= 6))
			.containsExactly("alert: Alert group #" + group + " attached.",
					"alert: Alert group #" + group + " (" + name + " on a) acknowledged: INC-" + number
							+ " is handling it.",
					rule + "/b`) fired in alert group #" + group + ".",
					rule + "/a`) resolved in alert group #" + group + ".",
					"alert: Alert group #" + group + " (" + name + " on a) resolved: all its alerts resolved.",
					rule + "/b`) resolved in alert group #" + group + ".");
	}

	@Test
	void anAlertGroupPageDeclaresAnIncidentFromItsGroupWithAFormPost() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String hook = f.alertmanagerHook();
		String name = "DiskFull" + System.nanoTime();
		f.fire(hook, name, "db-1", "firing");
		long group = f.groupId(name);
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response declared = browser.submitForm("/response/incidents", "/response/incidents/from-group/" + group,
				Map.of());
		assertThat(declared.status()).as(declared.toString()).isEqualTo(302);
		String location = declared.header("Location");
		long number = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		JsonNode incident = f.admin().get("/api/v1/incidents/" + number).json();
		// Left blank, the title is the alert rule's, not the first alert's summary.
		assertThat(incident.get("title").asString()).isEqualTo(name + " (job=api)");
		assertThat(incident.get("alertGroups").get(0).asLong()).isEqualTo(group);
		assertThat(browser.getHtml("/response/incidents/" + number).body()).contains(name + " (job=api)");
	}

	@Test
	void watchersGetNoContentUntilTheIncidentChanges() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long number = f.declare("Watched").get("number").asLong();
		long version = f.admin().get("/api/v1/incidents/" + number).json().get("version").asLong();
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String live = "/response/incidents/" + number + "/live?since=";
		assertThat(browser.getHtml(live + version).status()).isEqualTo(204);
		f.admin()
			.postJson("/api/v1/incidents/" + number + "/timeline", Map.of("kind", "decision", "body", "Fail over"));
		Api.Response changed = browser.getHtml(live + version);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).contains("Fail over").contains("hx-swap-oob");
		long now = f.admin().get("/api/v1/incidents/" + number).json().get("version").asLong();
		assertThat(browser.getHtml(live + now).status()).isEqualTo(204);
	}

	@Test
	void moreGroupsAreAttachedLaterAndUnknownGroupsAreRefused() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String hook = f.alertmanagerHook();
		String name = "Errors" + System.nanoTime();
		f.fire(hook, name, "a", "firing");
		long number = f.declare("Errors").get("number").asLong();
		assertThat(f.admin()
			.postJson("/api/v1/incidents/" + number + "/alert-groups", Map.of("alertGroups", List.of(999_999_999L)))
			.status()).isEqualTo(400);
		assertThat(f.admin()
			.postJson("/api/v1/incidents/" + number + "/alert-groups", Map.of("alertGroups", List.of(f.groupId(name))))
			.json()
			.get("alertGroups")
			.get(0)
			.asLong()).isEqualTo(f.groupId(name));
	}

}
