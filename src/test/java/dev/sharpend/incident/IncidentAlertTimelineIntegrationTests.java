package dev.sharpend.incident;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.SharpendIntegrationTest;

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
		assertThat(f.timeline(number, "?kind=alert")).containsExactly("alert: Alert group #" + group + " attached.",
				rule + "/b`) fired in alert group #" + group + ".",
				rule + "/a`) resolved in alert group #" + group + ".",
				"alert: Alert group #" + group + " (" + name + " on a) resolved: all its alerts resolved.",
				rule + "/b`) resolved in alert group #" + group + ".");
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
