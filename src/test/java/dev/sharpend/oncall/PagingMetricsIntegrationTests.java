package dev.sharpend.oncall;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.Scrape;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator sees how many people were paged and how long acknowledging took, without a
 * label naming anybody.
 */
@LoopbackIntegrationTest
class PagingMetricsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void countsPagesAndTimesTheAcknowledgement() {
		MovableClock clock = this.context.getBean(MovableClock.class);
		PagingFixtures fixtures = new PagingFixtures(this.port, this.context.getBean(Accounts.class),
				this.context.getBean(Teams.class), this.context.getBean(EscalationPolicyRepository.class),
				this.context.getBean(JdbcClient.class), clock);
		User dana = fixtures.person("Dana Metrics");
		PagingFixtures.Hook hook = fixtures.routedTo(fixtures.policy(Duration.ofMinutes(5), List.of(List.of(dana))));
		Scrape before = Scrape.of(this.port);

		fixtures.fire(hook, "MetricsPaged");
		long group = fixtures.group(hook, "MetricsPaged");
		Eventually.await("Dana paged", () -> !fixtures.pages(group).isEmpty());
		clock.advance(Duration.ofMinutes(2));
		Api.Response acknowledged = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of());
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);

		Scrape after = Eventually.until("the acknowledgement counted", () -> Scrape.of(this.port),
				(scrape) -> delta(before, scrape, "sharpend_oncall_acknowledged_groups_total") == 1);
		assertThat(delta(before, after, "sharpend_oncall_pages_total")).isEqualTo(1);
		assertThat(delta(before, after, "sharpend_oncall_time_to_acknowledge_seconds_sum")).isBetween(120.0, 180.0);
		assertThat(after.text()).doesNotContain("Dana").doesNotContain(dana.email());
	}

	private static double delta(Scrape before, Scrape after, String name) {
		return after.sum(name, Map.of()) - before.sum(name, Map.of());
	}

}
