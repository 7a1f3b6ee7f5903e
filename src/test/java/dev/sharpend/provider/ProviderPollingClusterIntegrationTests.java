package dev.sharpend.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.NodeRace;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (the same H2 file, or one PostgreSQL database) look for due
 * status pages from several threads at once, on a clock the test moves: each page is read
 * once per interval across the cluster, at the provider's own interval where it sets one;
 * and a maintenance about to start is reminded of once, not once per node or per run.
 */
class ProviderPollingClusterIntegrationTests {

	private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final MovableClock clock = MovableClock.at(START);

	private static final StatusPageServer pages = new StatusPageServer();

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		Map<String, String> database = TestDatabase.properties();
		a = node(database);
		b = node(database);
	}

	private static SharpendNode node(Map<String, String> database) {
		// the test runs the ticks by hand, racing both nodes; the schedule stays out of
		// it
		return Launcher.sharpend(database)
			.testAdmin()
			.clock(clock)
			.setting("sharpend.provider.allow-private-targets", "true")
			.setting("sharpend.provider.poll-tick", "PT1H")
			.setting("sharpend.provider.reminder-tick", "PT1H")
			.start();
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		pages.close();
	}

	@Test
	void twoNodesReadEachPageOncePerInterval() throws Exception {
		String run = Long.toString(System.nanoTime());
		StatusPageServer.Page usual = pages.page("usual" + run, "Search");
		StatusPageServer.Page frequent = pages.page("frequent" + run, "Mail");
		String id = add("usual " + run, pages.feed("usual" + run), null);
		add("frequent " + run, pages.feed("frequent" + run), 120);

		race();
		assertThat(usual.reads()).isEqualTo(1);
		assertThat(frequent.reads()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(2));
		race();
		assertThat(usual.reads()).isEqualTo(1);
		assertThat(frequent.reads()).isEqualTo(2);

		clock.advance(Duration.ofMinutes(2).plusSeconds(59));
		race();
		assertThat(usual.reads()).as("the default interval of 5 min has not passed").isEqualTo(1);

		clock.advance(Duration.ofSeconds(1));
		race();
		assertThat(usual.reads()).isEqualTo(2);
		assertThat(frequent.reads()).isEqualTo(3);

		Api.Response status = Api.withToken(b.port(), TestKeys.ADMIN_TOKEN).get("/api/v1/providers/" + id + "/status");
		assertThat(status.json().get("status").asString()).isEqualTo("operational");
		assertThat(status.json().get("lastReadAt").asString()).isEqualTo(clock.instant().toString());
	}

	@Test
	void twoNodesRemindOfAMaintenanceOnce() throws Exception {
		try (UpstreamMaintenanceFixtures github = new UpstreamMaintenanceFixtures(Long.toString(System.nanoTime()))) {
			github.watch(Api.withToken(a.port(), TestKeys.ADMIN_TOKEN), a.bean(ProviderPolling.class),
					clock.instant().plus(Duration.ofHours(12)));

			NodeRace.run(a, b, 3, (node) -> node.bean(MaintenanceReminders.class).runDue());
			JdbcClient jdbc = a.bean(JdbcClient.class);
			Eventually.await("the reminders queued", () -> jdbc.sql("""
					select count(*) from event_publication where listener_id like '%MaintenanceReminderMail%'""")
				.query(Long.class)
				.single() == 0);

			long queued = jdbc.sql("""
					select count(*) from notify_delivery where target = :to
					    and event = 'provider.maintenance_reminder' and payload like :title""")
				.param("to", TestKeys.ADMIN_EMAIL)
				.param("title", "%" + github.title() + "%")
				.query(Long.class)
				.single();
			assertThat(queued).isOne();
		}
	}

	private static void race() throws Exception {
		NodeRace.run(a, b, 3, (node) -> node.bean(ProviderPolling.class).runDue());
	}

	private static String add(String name, String feed, Integer interval) {
		Map<String, Object> body = (interval != null)
				? Map.of("name", name, "kind", "other", "statusFeed", feed, "statusPollIntervalSeconds", interval)
				: Map.of("name", name, "kind", "other", "statusFeed", feed);
		return Api.created(Api.withToken(a.port(), TestKeys.ADMIN_TOKEN).postJson("/api/v1/providers", body))
			.get("id")
			.asString();
	}

}
