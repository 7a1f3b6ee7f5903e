package dev.sharpend.incident;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.Sharpend;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reaction of the incident module to alerts that fails neither refuses nor slows alert
 * intake, and runs again until it succeeds: on the resubmission schedule while the node
 * keeps running, and when the node starts again on the same database.
 */
class ReactionFaultIntegrationTests {

	@AfterEach
	void heal() {
		FaultyAlertReaction.failing(false);
	}

	@Test
	void aFailingReactionLeavesIntakeWorkingAndCompletesOnTheScheduleOnceTheFaultIsGone() {
		Map<String, String> database = TestDatabase.properties();
		try (Node node = Node.start(database, "PT0.2S", "PT0.5S")) {
			IncidentFixtures f = new IncidentFixtures(node.port());
			String hook = f.alertmanagerHook();
			String name = "Fault" + System.nanoTime();
			String fingerprint = name + "/db-1";
			FaultyAlertReaction.failing(true);

			f.fire(hook, name, "db-1", "firing");

			assertThat(node.storedAlerts(fingerprint)).isOne();
			Eventually.await("the reaction failed and was tried again",
					() -> FaultyAlertReaction.failures(fingerprint) >= 2);
			f.fire(hook, name + "-next", "db-1", "firing");
			assertThat(node.storedAlerts(name + "-next/db-1")).isOne();
			assertThat(FaultyAlertReaction.handled(fingerprint)).isFalse();

			FaultyAlertReaction.failing(false);

			Eventually.await("the reaction ran once the fault was gone",
					() -> FaultyAlertReaction.handled(fingerprint) && FaultyAlertReaction.handled(name + "-next/db-1"));
			Eventually.await("no reaction is left to run", () -> node.reactionsLeft() == 0);
		}
	}

	@Test
	void aReactionThatFailedBeforeARestartCompletesWhenTheNodeStartsAgain() {
		Map<String, String> database = TestDatabase.properties();
		String name = "Restart" + System.nanoTime();
		String fingerprint = name + "/db-1";
		// No scheduled resubmission in this test: only the start may run the reaction
		// again.
		try (Node node = Node.start(database, "PT1H", "PT1H")) {
			IncidentFixtures f = new IncidentFixtures(node.port());
			String hook = f.alertmanagerHook();
			FaultyAlertReaction.failing(true);

			f.fire(hook, name, "db-1", "firing");

			assertThat(node.storedAlerts(fingerprint)).isOne();
			Eventually.await("the reaction failed", () -> FaultyAlertReaction.failures(fingerprint) >= 1);
			assertThat(node.reactionsLeft()).isPositive();
		}
		FaultyAlertReaction.failing(false);
		assertThat(FaultyAlertReaction.handled(fingerprint)).isFalse();

		try (Node node = Node.start(database, "PT1H", "PT1H")) {
			Eventually.await("the reaction ran after the start", () -> FaultyAlertReaction.handled(fingerprint));
			Eventually.await("no reaction is left to run", () -> node.reactionsLeft() == 0);
			assertThat(node.storedAlerts(fingerprint)).isOne();
		}
	}

	/** A Sharpend with the faulty reaction, on the given database. */
	private static final class Node implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private Node(ConfigurableApplicationContext context) {
			this.context = context;
		}

		static Node start(Map<String, String> database, String resubmitInterval, String resubmitAfter) {
			Map<String, String> settings = new HashMap<>(database);
			settings.put("server.port", "0");
			settings.put("sharpend.identity.bootstrap.admin-email", TestKeys.ADMIN_EMAIL);
			settings.put("sharpend.identity.bootstrap.admin-password", TestKeys.ADMIN_PASSWORD);
			settings.put("sharpend.identity.bootstrap.admin-token", TestKeys.ADMIN_TOKEN);
			settings.put("sharpend.reactions.resubmit-interval", resubmitInterval);
			settings.put("sharpend.reactions.resubmit-after", resubmitAfter);
			String[] arguments = settings.entrySet()
				.stream()
				.map((e) -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
			return new Node(new SpringApplicationBuilder(Sharpend.class, FaultyAlertReaction.class).run(arguments));
		}

		int port() {
			return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		}

		long storedAlerts(String fingerprint) {
			return jdbc().sql("select count(*) from alert where fingerprint = :f")
				.param("f", fingerprint)
				.query(Long.class)
				.single();
		}

		long reactionsLeft() {
			return jdbc().sql("select count(*) from event_publication").query(Long.class).single();
		}

		private JdbcClient jdbc() {
			return this.context.getBean(JdbcClient.class);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
