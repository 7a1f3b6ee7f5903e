package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.NodeRace;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (the same H2 file, or one PostgreSQL database) poll for the
 * same due escalation steps and notifications from several threads at once; every step
 * still pages each person once, and each page leaves through the outbox once.
 */
class PagingClusterIntegrationTests {

	private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final MovableClock clock = MovableClock.at(START);

	private static final int GROUPS = 40;

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		Map<String, String> database = TestDatabase.properties();
		a = Launcher.sharpend(database)
			.testAdmin()
			.clock(clock)
			.setting("sharpend.oncall.max-pages-per-minute", "1000")
			.start();
		b = Launcher.sharpend(database)
			.testAdmin()
			.clock(clock)
			.setting("sharpend.oncall.max-pages-per-minute", "1000")
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
	}

	@Test
	void eachStepOfEachGroupPagesOnceWhenTwoNodesPollAtTheSameTime() throws Exception {
		JdbcClient jdbc = a.bean(JdbcClient.class);
		PagingFixtures fixtures = new PagingFixtures(a.port(), a.bean(Accounts.class), a.bean(Teams.class),
				a.bean(EscalationPolicyRepository.class), jdbc, clock);
		User alice = fixtures.person("Alice Smith");
		User bob = fixtures.person("Bob Jones");
		PagingFixtures.Hook hook = fixtures
			.routedTo(fixtures.policy(Duration.ofMinutes(5), List.of(List.of(alice), List.of(bob))));
		List<String[]> alerts = new ArrayList<>();
		for (int i = 0; i < GROUPS; i++) {
			alerts.add(new String[] { "Cluster" + i, "a" });
		}
		fixtures.fire(hook, alerts);
		Eventually.await("step 1 fired for every group", () -> fixtures.pagesOf(alice) == GROUPS);
		race();

		clock.set(START.plus(Duration.ofMinutes(5)).plusSeconds(1));
		race();

		assertThat(fixtures.pagesOf(alice)).isEqualTo(GROUPS);
		assertThat(fixtures.pagesOf(bob)).isEqualTo(GROUPS);
		// A fired step's first notifications go out on the node's wake-up thread, which
		// may
		// still hold them when the polls above return; more than one each never passes.
		Eventually.await("every page in the outbox",
				() -> fixtures.outboxOf(alice) >= GROUPS && fixtures.outboxOf(bob) >= GROUPS);
		assertThat(fixtures.outboxOf(alice)).isEqualTo(GROUPS);
		assertThat(fixtures.outboxOf(bob)).isEqualTo(GROUPS);
		for (int i = 0; i < GROUPS; i++) {
			assertThat(fixtures.pages(fixtures.group(hook, "Cluster" + i))).containsExactly("Alice Smith/1",
					"Bob Jones/2");
		}
	}

	/** Both nodes poll from several threads at once, many times over. */
	private static void race() throws Exception {
		NodeRace.run(a, b, 10, (node) -> node.bean(PagingPoller.class).runDue());
	}

}
