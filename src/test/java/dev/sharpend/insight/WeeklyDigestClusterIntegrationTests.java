package dev.sharpend.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.oncall.RotationDraft;
import dev.sharpend.oncall.Rotations;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.NodeRace;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (the same H2 file, or one PostgreSQL database) race to mail
 * the same rotation's weekly review on its handoff day; its team gets it once.
 */
class WeeklyDigestClusterIntegrationTests {

	// Monday 30 March 2026 09:00 CEST, the handoff after 2026-W13
	private static final MovableClock clock = MovableClock.at(Instant.parse("2026-03-30T07:00:00Z"));

	private static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

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
	void eachMemberGetsTheWeekOnceWhenTwoNodesSendAtTheSameTime() throws Exception {
		String domain = "c" + System.nanoTime() + ".example.test";
		Accounts accounts = a.bean(Accounts.class);
		List<User> people = List.of("Ana", "Ben")
			.stream()
			.map((name) -> accounts.create(new Accounts.NewUser(name.toLowerCase() + "@" + domain, name,
					"a long enough test password", RESPONDER), "test"))
			.toList();
		Team team = a.bean(Teams.class)
			.create("Cluster " + System.nanoTime(), "Europe/Berlin", people.stream().map(User::id).toList());
		Schedule schedule = a.bean(Schedules.class).create(team.id(), "Primary");
		a.bean(Rotations.class)
			.create(schedule.id(), new RotationDraft("Weekly", null, people.stream().map(User::id).toList(), 1, "weeks",
					Instant.parse("2026-01-05T08:00:00Z"), "Europe/Berlin", List.of()));

		NodeRace.run(a, b, 5, (node) -> node.bean(WeeklyDigests.class).sendDue());

		JdbcClient jdbc = a.bean(JdbcClient.class);
		assertThat(jdbc.sql("select week from insight_weekly_digest where schedule_id = :s")
			.param("s", schedule.id().value())
			.query(String.class)
			.list()).containsExactly("2026-W13");
		for (User person : people) {
			assertThat(jdbc.sql("select count(*) from notify_delivery where target = :to and event = :event")
				.param("to", person.email())
				.param("event", WeeklyDigests.EVENT)
				.query(Long.class)
				.single()).as(person.email()).isEqualTo(1);
		}
	}

}
