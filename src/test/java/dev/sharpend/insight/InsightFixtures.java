package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

import dev.sharpend.oncall.GroupPaged;
import dev.sharpend.oncall.PageRoute;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert history made through the API at chosen times (the application's clock is moved
 * for each step and set back to real time after), and the rollup run once it has all
 * arrived.
 */
final class InsightFixtures {

	private final int port;

	private final MovableClock clock;

	private final String hook;

	final String rule;

	/** The id of the integration the history comes through. */
	final String integration;

	InsightFixtures(int port, MovableClock clock) {
		this.port = port;
		this.clock = clock;
		this.clock.set(Instant.now());
		JsonNode created = admin()
			.postJson("/api/v1/integrations",
					Map.of("name", "insight", "type", "alertmanager", "groupBy", List.of("alertname")))
			.json();
		this.hook = "/hooks/alertmanager/" + created.get("key").asString();
		this.integration = created.get("id").asString();
		this.rule = "Latency" + System.nanoTime();
	}

	/**
	 * Nine days ago the rule fired and an incident was declared from its group; on each
	 * of the next four days it fired and cleared by itself 4 minutes later; on the fifth
	 * day someone acknowledged it and did nothing else before it cleared.
	 */
	Drift drift() {
		Instant start = Instant.now().minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS);
		long first = fire(start);
		long incident = admin()
			.postJson("/api/v1/incidents", Map.of("title", "Checkout slow", "alertGroups", List.of(first)))
			.json()
			.get("number")
			.asLong();
		resolve(start.plus(Duration.ofMinutes(30)));
		for (int day = 1; day <= 4; day++) {
			Instant at = start.plus(Duration.ofDays(day));
			fire(at);
			resolve(at.plus(Duration.ofMinutes(4)));
		}
		Instant fifth = start.plus(Duration.ofDays(5));
		long acknowledged = fire(fifth);
		this.clock.set(fifth.plus(Duration.ofMinutes(2)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + acknowledged + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		resolve(fifth.plus(Duration.ofMinutes(10)));
		this.clock.set(Instant.now());
		return new Drift(first, incident, acknowledged);
	}

	/** Waits until the group's resolution reached insights, then rolls up by hand. */
	void rollUpWhenFedWith(long group, JdbcClient jdbc, InsightRollup rollup) {
		Eventually.await("the resolution of group " + group + " reaches insights",
				() -> jdbc.sql("select count(*) from insight_fact where group_id = :g and kind like 'resolved%'")
					.param("g", group)
					.query(Long.class)
					.single() > 0);
		rollup.rollUp();
	}

	/**
	 * Answers "was action taken?" for a resolved group through the API, and waits until
	 * insights have the answer.
	 */
	void answer(long group, String answer, JdbcClient jdbc) {
		Api.Response response = admin().sendJson("PUT", "/api/v1/alert-groups/" + group + "/action-taken",
				Map.of("answer", answer));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		Eventually.await("the answer " + answer + " for group " + group + " reaches insights",
				() -> jdbc.sql("select count(*) from insight_fact where group_id = :g and answer = :a")
					.param("g", group)
					.param("a", answer)
					.query(Long.class)
					.single() > 0);
	}

	long fire(Instant at) {
		this.clock.set(at);
		send("firing");
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + this.rule)
					&& g.get("status").asString().equals("triggered"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open group for " + this.rule))
			.get("id")
			.asLong();
	}

	void resolve(Instant at) {
		this.clock.set(at);
		send("resolved");
	}

	private void send(String status) {
		Map<String, Object> alert = Map.of("status", status, "fingerprint", this.rule, "labels",
				Map.of("alertname", this.rule, "instance", "api-1"), "annotations", Map.of("summary", "slow"),
				"startsAt", "2026-11-24T10:00:00Z", "endsAt",
				"resolved".equals(status) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(this.hook, Map.of("version", "4", "status", status, "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/**
	 * What on call publishes when an escalation step pages {@code route.pages()} people
	 * through a route, published in a transaction as the escalation does.
	 */
	static void paged(ApplicationEventPublisher events, PlatformTransactionManager transactions, long group, Instant at,
			PageRoute route) {
		List<UUID> people = IntStream.range(0, route.pages()).mapToObj((i) -> UUID.randomUUID()).toList();
		new TransactionTemplate(transactions).executeWithoutResult(
				(status) -> events.publishEvent(new GroupPaged(group, 1, people, at, List.of(route))));
	}

	/**
	 * Waits until {@code count} routes of the group's pages reached insights, then rolls
	 * up.
	 */
	static void rollUpWhenPaged(long group, int count, JdbcClient jdbc, InsightRollup rollup) {
		Eventually.await("the pages of group " + group + " reach insights",
				() -> jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'interrupted'")
					.param("g", group)
					.query(Long.class)
					.single() == count);
		rollup.rollUp();
	}

	Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	/**
	 * The history {@link #drift()} made.
	 *
	 * @param first the group the incident was declared from
	 * @param incident the incident's number
	 * @param acknowledged the group acknowledged without action
	 */
	record Drift(long first, long incident, long acknowledged) {
	}

}
