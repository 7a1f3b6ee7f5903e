package dev.sharpend.oncall;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.system.Timestamps;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.ProcessDatabase;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.SharpendProcess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once when a node dies: node A, in a JVM of its own, is killed with SIGKILL
 * while it fires a storm of due second steps, holding some of them; node B fires what A
 * left on its next poll, and every step pages each person once, with one mail in the
 * outbox per page. A restarted A sends nothing again.
 */
class PagingCrashIntegrationTests {

	private static final int GROUPS = 100;

	private static final String NO_CAP = "1000000";

	@Test
	void stepsOfAKilledNodeFireOnceOnTheOtherNodesNextPollAndARestartResendsNothing() throws Exception {
		try (ProcessDatabase database = ProcessDatabase.create()) {
			Map<String, String> settings = database.settings();
			// B polls only when the test says, so the poll that follows the kill is the
			// one
			// that must fire what A left.
			try (SharpendNode b = Launcher.sharpend(settings)
				.testAdmin()
				.setting("sharpend.oncall.poll-interval", "PT1H")
				.setting("sharpend.oncall.max-pages-per-minute", NO_CAP)
				.setting("spring.main.lazy-initialization", "true")
				.start()) {
				Launcher nodeA = Launcher.sharpend(settings)
					.testAdmin()
					.setting("sharpend.oncall.max-pages-per-minute", NO_CAP);
				Path log = Path.of(settings.get("sharpend.data-dir"), "node-a.log");
				JdbcClient jdbc = b.bean(JdbcClient.class);
				PagingFixtures fixtures = fixtures(b, b.port());
				User alice = fixtures.person("Alice Smith");
				User bob = fixtures.person("Bob Jones");
				PagingFixtures.Hook hook = fixtures
					.routedTo(fixtures.policy(Duration.ofMinutes(5), List.of(List.of(alice), List.of(bob))));

				try (SharpendProcess a = nodeA.startProcess(log)) {
					fixtures(b, port(a)).fire(hook, alerts("Crash", GROUPS));
					await(a, "A paged step 1 of every group", () -> fixtures.outboxOf(alice) == GROUPS);
					// The five minutes of the first step pass for every group at once.
					assertThat(jdbc.sql("update oncall_escalation_run set next_at = :now where state = 'active'")
						.param("now", Timestamps.toColumn(Instant.now()))
						.update()).isEqualTo(GROUPS);
					Eventually.waiting("A's first batch of second steps", Duration.ofSeconds(30))
						.pollInterval(Duration.ofMillis(5))
						.until(() -> fixtures.pagesOf(bob) > 0);
					a.kill();
				}
				int firedByA = fixtures.pagesOf(bob);
				assertThat(firedByA).as("second steps A fired before it was killed").isBetween(1, GROUPS - 1);

				// The database ends the dead node's transactions as its connections drop.
				Eventually.await("the killed node's rows unlocked", () -> locked(b) == 0);
				b.bean(PagingPoller.class).runDue();
				assertThat(fixtures.pagesOf(bob)).isEqualTo(GROUPS);
				assertThat(fixtures.outboxOf(bob)).isEqualTo(GROUPS);
				assertThat(fixtures.outboxOf(alice)).isEqualTo(GROUPS);

				try (SharpendProcess restarted = nodeA.startProcess(log)) {
					// A new group paged by the restarted A shows its polls ran.
					fixtures(b, port(restarted)).fire(hook, "AfterRestart");
					await(restarted, "the restarted A paging a new group",
							() -> fixtures.outboxOf(alice) == GROUPS + 1);
					assertThat(fixtures.outboxOf(bob)).isEqualTo(GROUPS);
					assertThat(fixtures.pagesOf(alice)).isEqualTo(GROUPS + 1);
					assertThat(fixtures.pagesOf(bob)).isEqualTo(GROUPS);
					assertThat(fixtures.pages(fixtures.group(hook, "Crash0"))).containsExactly("Alice Smith/1",
							"Bob Jones/2");
				}
			}
		}
	}

	private static PagingFixtures fixtures(SharpendNode node, int port) {
		return new PagingFixtures(port, node.bean(Accounts.class), node.bean(Teams.class),
				node.bean(EscalationPolicyRepository.class), node.bean(JdbcClient.class), Clock.systemUTC());
	}

	private static int port(SharpendProcess process) {
		return URI.create(process.baseUrl()).getPort();
	}

	private static List<String[]> alerts(String prefix, int count) {
		List<String[]> alerts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			alerts.add(new String[] { prefix + i, "a" });
		}
		return alerts;
	}

	private static void await(SharpendProcess node, String what, BooleanSupplier done) {
		try {
			Eventually.await(what, done);
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nNode A's log ends with:\n" + node.tail(), ex);
		}
	}

	/**
	 * Due escalations and notifications another transaction holds: those a poll cannot
	 * claim now.
	 */
	private static int locked(SharpendNode node) {
		JdbcClient jdbc = node.bean(JdbcClient.class);
		TransactionTemplate transaction = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
		Integer held = transaction.execute((status) -> {
			status.setRollbackOnly();
			int locked = 0;
			for (String table : List.of("oncall_escalation_run where state = 'active' and next_at <= :now",
					"oncall_page_notification where state = 'pending' and due_at <= :now")) {
				Instant now = Instant.now();
				int due = jdbc.sql("select count(*) from " + table)
					.param("now", Timestamps.toColumn(now))
					.query(Integer.class)
					.single();
				int free = jdbc.sql("select 1 from " + table + " for update skip locked")
					.param("now", Timestamps.toColumn(now))
					.query()
					.listOfRows()
					.size();
				locked += due - free;
			}
			return locked;
		});
		return (held != null) ? held : 0;
	}

}
