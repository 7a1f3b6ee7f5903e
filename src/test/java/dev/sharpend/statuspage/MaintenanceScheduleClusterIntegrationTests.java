package dev.sharpend.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.NodeRace;
import dev.sharpend.test.Api;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (the same H2 file, or one PostgreSQL database) race to move
 * the same maintenances on; each transition must still happen exactly once.
 */
class MaintenanceScheduleClusterIntegrationTests {

	private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final MovableClock clock = MovableClock.at(START);

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		Map<String, String> database = TestDatabase.properties();
		a = Launcher.sharpend(database).testAdmin().clock(clock).start();
		b = Launcher.sharpend(database).testAdmin().clock(clock).start();
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void eachMaintenanceStartsAndCompletesOnceWhenTwoNodesRunTheScheduleAtTheSameTime() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(a.port());
		JsonNode page = fx.page("Cluster");
		List<String> maintenances = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			JsonNode component = fx.component(page, "Database " + i);
			maintenances.add(maintenance(fx, page, component, "Upgrade " + i));
		}

		clock.set(START.plus(Duration.ofMinutes(90)));
		race();
		clock.set(START.plus(Duration.ofHours(3)));
		race();

		Api api = Api.withToken(b.port(), TestKeys.ADMIN_TOKEN);
		for (String id : maintenances) {
			JsonNode notice = api.get(StatusPageFixtures.pagePath(page) + "/maintenances/" + id).json();
			List<String> statuses = notice.get("updates").valueStream().map((u) -> u.get("status").asString()).toList();
			assertThat(statuses).as(notice.get("name").asString())
				.containsExactlyInAnyOrder("scheduled", "in_progress", "completed");
			assertThat(notice.get("status").asString()).isEqualTo("completed");
		}
	}

	@Test
	void theScheduledRunTakesAClusterWideLock() {
		a.bean(MaintenanceSchedule.class).tick();
		long locks = a.bean(JdbcClient.class)
			.sql("select count(*) from shedlock where name = 'statuspage-maintenance-schedule'")
			.query(Long.class)
			.single();
		assertThat(locks).isEqualTo(1);
	}

	private static String maintenance(StatusPageFixtures fx, JsonNode page, JsonNode component, String name) {
		Api.Response created = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/maintenances",
					Map.of("name", name, "body", "We will upgrade the database.", "scheduledFor",
							START.plus(Duration.ofHours(1)).toString(), "scheduledUntil",
							START.plus(Duration.ofHours(2)).toString(), "componentIds",
							List.of(component.get("id").asString())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Both nodes run the schedule from several threads at once, many times over. */
	private static void race() throws Exception {
		NodeRace.run(a, b, 10, (node) -> node.bean(MaintenanceSchedule.class).runDue());
	}

}
