package dev.sharpend.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.statuspage.StatusPageFixtures;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Scrape;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus sees of Sharpend's own work, and that a storm of new
 * alerts cannot blow up the number of series it has to keep.
 */
@SharpendIntegrationTest
class OwnMetricsIntegrationTests {

	/** Series one scrape may hold, whatever the alerts: a fixed bound, not a ratio. */
	private static final int STORM = 10_000;

	private static final int PER_DELIVERY = 500;

	private static final Set<String> OPERATORS = Set.of("and", "or", "unless", "bool", "offset");

	@LocalServerPort
	int port;

	@Test
	void aStormOfTenThousandDistinctAlertsAddsNoSeries() {
		String key = alertmanagerKey("storm alertmanager");
		Api hook = Api.anonymous(this.port);
		assertThat(hook.postJson("/hooks/alertmanager/" + key, storm(0, 1)).status()).isEqualTo(200);
		Scrape before = Scrape.of(this.port);
		double createdBefore = before.sum("sharpend_intake_alerts_total",
				Map.of("integration_type", "alertmanager", "result", "created"));

		String run = "s" + System.nanoTime();
		for (int from = 0; from < STORM; from += PER_DELIVERY) {
			Api.Response response = hook.postJson("/hooks/alertmanager/" + key, storm(run, from));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
		}
		Scrape after = Scrape.of(this.port);

		assertThat(after.sum("sharpend_intake_alerts_total",
				Map.of("integration_type", "alertmanager", "result", "created")) - createdBefore)
			.isEqualTo(STORM);
		// The context is shared with other test classes, whose requests add their own
		// (bounded, templated) series. Intake's are bounded by integration types and
		// outcomes (about ninety), not by alerts.
		assertThat(after.series().stream().filter((s) -> s.name().startsWith("sharpend_intake_")))
			.as("intake series after %d distinct alerts", STORM)
			.hasSizeLessThan(200);
		assertThat(after.series().size() - before.series().size()).as("series the storm added").isLessThan(20);
		assertThat(after.text()).doesNotContain(run).doesNotContain(key);
		assertThat(after.series()).allSatisfy((s) -> assertThat(s.labels().keySet()).doesNotContain("fingerprint",
				"alertname", "user", "email", "instance_label"));
	}

	@Test
	void intakeCountsDeliveriesByTheAnswerTheyGotAndTheGroupCommit() {
		String key = alertmanagerKey("counted alertmanager");
		Scrape before = Scrape.of(this.port);
		Api hook = Api.anonymous(this.port);
		Map<String, Object> one = storm("c" + System.nanoTime(), 0, 3);
		assertThat(hook.postJson("/hooks/alertmanager/" + key, one).status()).isEqualTo(200);
		assertThat(hook.postJson("/hooks/alertmanager/" + key, one).status()).as("the same again").isEqualTo(200);
		assertThat(hook.postJson("/hooks/alertmanager/shk_unknown", one).status()).isEqualTo(401);
		assertThat(hook.postBytes("/hooks/alertmanager/" + key, "text/plain", new byte[] { 1 }).status())
			.isEqualTo(415);
		Scrape after = Scrape.of(this.port);

		assertThat(delta(before, after, "sharpend_intake_deliveries_total",
				Map.of("integration_type", "alertmanager", "outcome", "accepted")))
			.isEqualTo(2);
		assertThat(delta(before, after, "sharpend_intake_deliveries_total",
				Map.of("integration_type", "alertmanager", "outcome", "unauthorized")))
			.isEqualTo(1);
		assertThat(delta(before, after, "sharpend_intake_deliveries_total",
				Map.of("integration_type", "alertmanager", "outcome", "unsupported_media_type")))
			.isEqualTo(1);
		assertThat(delta(before, after, "sharpend_intake_resends_skipped_total",
				Map.of("integration_type", "alertmanager")))
			.isEqualTo(1);
		assertThat(delta(before, after, "sharpend_intake_alerts_total",
				Map.of("integration_type", "alertmanager", "result", "unchanged")))
			.isEqualTo(3);
		assertThat(delta(before, after, "sharpend_intake_batch_size_alerts_sum", Map.of())).isGreaterThanOrEqualTo(3);
		assertThat(delta(before, after, "sharpend_intake_commit_seconds_count", Map.of())).isGreaterThanOrEqualTo(1);
		assertThat(after.has("sharpend_intake_commit_seconds_bucket", Map.of("le", "0.01"))).isTrue();
		assertThat(after.sum("sharpend_intake_queue_capacity", Map.of())).isEqualTo(10_000);
		assertThat(after.has("sharpend_intake_queue_size", Map.of())).isTrue();
		assertThat(after.has("sharpend_intake_last_seen_flush_lag_seconds", Map.of())).isTrue();
	}

	@Test
	void theOutboxStatusPagesReactionsSearchAndJobsAreExported() {
		Scrape scrape = Scrape.of(this.port);
		assertThat(scrape.has("sharpend_outbox_deliveries", Map.of("channel", "webhook", "state", "dead"))).isTrue();
		assertThat(scrape.has("sharpend_outbox_deliveries", Map.of("channel", "endpoint", "state", "in_flight")))
			.isTrue();
		assertThat(scrape.has("sharpend_outbox_oldest_pending_age_seconds", Map.of("channel", "email"))).isTrue();
		assertThat(scrape.has("sharpend_outbox_attempts_total", Map.of("channel", "slack", "outcome", "dead")))
			.isTrue();
		assertThat(scrape.has("sharpend_outbox_delivery_latency_seconds_count", Map.of("channel", "endpoint")))
			.isTrue();
		assertThat(scrape.has("sharpend_statuspage_serving_last_known_state", Map.of())).isTrue();
		assertThat(scrape.has("sharpend_statuspage_snapshot_rebuilds_total", Map.of())).isTrue();
		assertThat(scrape.has("sharpend_statuspage_responses_total", Map.of("route", "direct"))).isTrue();
		assertThat(scrape.has("sharpend_event_publications_incomplete", Map.of())).isTrue();
		assertThat(scrape.has("sharpend_event_publications_oldest_incomplete_age_seconds", Map.of())).isTrue();
		assertThat(scrape.has("sharpend_search_index_lag_seconds", Map.of())).isTrue();
		assertThat(scrape.has("sharpend_search_index_pending_changes", Map.of())).isTrue();
	}

	@Test
	void theDashboardIsValidAndQueriesOnlyMetricsSharpendExports() throws IOException {
		JsonNode dashboard = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("integrations", "grafana", "sharpend-dashboard.json")));
		List<JsonNode> panels = new ArrayList<>();
		dashboard.get("panels").forEach((panel) -> {
			panels.add(panel);
			if (panel.has("panels")) {
				panel.get("panels").forEach(panels::add);
			}
		});
		assertThat(panels.stream().map((panel) -> panel.get("id").asInt())).doesNotHaveDuplicates();
		Set<String> queried = new TreeSet<>();
		panels.stream()
			.filter((panel) -> panel.has("targets"))
			.flatMap((panel) -> panel.get("targets").valueStream())
			.forEach((target) -> queried.addAll(metricNames(target.get("expr").asString())));
		assertThat(queried).contains("sharpend_intake_queue_size", "sharpend_outbox_deliveries",
				"sharpend_statuspage_snapshot_age_seconds", "http_server_requests_seconds_count");

		// what appears only once there is a page and the scheduled jobs ran
		new StatusPageFixtures(this.port).page("Dashboard");
		Set<String> missing = Eventually.until("a scrape with every metric the dashboard queries",
				() -> missing(queried, Scrape.of(this.port)), Set::isEmpty);
		assertThat(missing).isEmpty();
	}

	private static Set<String> missing(Set<String> names, Scrape scrape) {
		Set<String> missing = new TreeSet<>(names);
		missing.removeAll(scrape.names());
		return missing;
	}

	/**
	 * The metric names a PromQL expression reads: identifiers outside label matchers,
	 * ranges, strings and grouping clauses that are not functions or operators.
	 */
	static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("\\{[^}]*\\}", " ")
			.replaceAll("\\[[^\\]]*\\]", " ")
			.replaceAll("\"[^\"]*\"", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new TreeSet<>();
		Matcher identifier = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?").matcher(bare);
		while (identifier.find()) {
			if (identifier.group(2) == null && !OPERATORS.contains(identifier.group(1))) {
				names.add(identifier.group(1));
			}
		}
		return names;
	}

	private static double delta(Scrape before, Scrape after, String name, Map<String, String> labels) {
		return after.sum(name, labels) - before.sum(name, labels);
	}

	private static Map<String, Object> storm(String run, int from) {
		return storm(run, from, PER_DELIVERY);
	}

	private static Map<String, Object> storm(int from, int count) {
		return storm("warm-up", from, count);
	}

	/** Alertmanager's webhook body with {@code count} alerts no other delivery has. */
	private static Map<String, Object> storm(String run, int from, int count) {
		List<Map<String, Object>> alerts = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			alerts.add(Map.of("status", "firing", "fingerprint", run + "-" + i, "labels",
					Map.of("alertname", "Storm", "instance", run + "-host-" + i), "annotations",
					Map.of("summary", "storm " + i), "startsAt", "2026-12-03T04:00:00Z", "endsAt",
					"0001-01-01T00:00:00Z"));
		}
		return Map.of("version", "4", "status", "firing", "receiver", "sharpend", "groupKey", "{}:{}", "groupLabels",
				Map.of(), "commonLabels", Map.of(), "commonAnnotations", Map.of(), "externalURL", "http://alertmanager",
				"alerts", alerts);
	}

	private String alertmanagerKey(String name) {
		return admin().postJson("/api/v1/integrations", Map.of("name", name, "type", "alertmanager"))
			.json()
			.get("key")
			.asString();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
