package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heartbeat's silence pages like any alert group: routed from its own integration to an
 * escalation policy, whose first step pages the person on it.
 */
class HeartbeatPagingIntegrationTests {

	private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final MovableClock clock = MovableClock.at(START);

	private static SharpendNode node;

	@BeforeAll
	static void start() {
		node = Launcher.sharpend(TestDatabase.properties())
			.testAdmin()
			.clock(clock)
			.setting("sharpend.alert.heartbeat-check-interval", "PT0.5S")
			.start();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void aSilentHeartbeatPagesThePersonItsRouteNames() {
		PagingFixtures fixtures = new PagingFixtures(node.port(), node.bean(Accounts.class), node.bean(Teams.class),
				node.bean(EscalationPolicyRepository.class), node.bean(JdbcClient.class), clock);
		User alice = fixtures.person("Alice Heartbeat");
		PolicyId policy = fixtures.policy(Duration.ofMinutes(5), List.of(List.of(alice)));
		Api admin = Api.withToken(node.port(), TestKeys.ADMIN_TOKEN);
		JsonNode heartbeat = Api
			.created(admin.postJson("/api/v1/heartbeats", Map.of("name", "backup cron", "intervalMinutes", 10)));
		String id = heartbeat.get("id").asString();
		Api.Response routed = admin.sendJson("PUT", "/api/v1/integrations/" + id + "/routes",
				List.of(Map.of("policy", policy.value().toString())));
		assertThat(routed.status()).as(routed.body()).isEqualTo(200);
		assertThat(fixtures.pagesOf(alice)).isZero();

		clock.set(START.plus(Duration.ofMinutes(12)));
		Eventually.await("Alice paged for the silent heartbeat", () -> fixtures.pagesOf(alice) == 1);
		long group = node.bean(JdbcClient.class)
			.sql("select id from alert_group where integration_id = :i")
			.param("i", UUID.fromString(id))
			.query(Long.class)
			.single();
		assertThat(fixtures.pages(group)).containsExactly("Alice Heartbeat/1");
	}

}
