package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.NodeRace;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (the same H2 file, or one PostgreSQL database) look for
 * silent heartbeats from several threads at once, on a clock the test moves: a heartbeat
 * whose signal stops opens one alert group, once, and a ping resolves it.
 */
class HeartbeatClusterIntegrationTests {

	private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final MovableClock clock = MovableClock.at(START);

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		Map<String, String> database = TestDatabase.properties();
		// the test checks by hand, racing both nodes; the scheduled check stays out of it
		a = Launcher.sharpend(database)
			.testAdmin()
			.clock(clock)
			.setting("sharpend.alert.heartbeat-check-interval", "PT1H")
			.start();
		b = Launcher.sharpend(database)
			.testAdmin()
			.clock(clock)
			.setting("sharpend.alert.heartbeat-check-interval", "PT1H")
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
	void aHeartbeatWhoseSignalStopsOpensOneGroupAcrossNodesAndAPingResolvesIt() throws Exception {
		String name = "nightly backup " + System.nanoTime();
		JsonNode created = Api.created(
				admin(a).postJson("/api/v1/heartbeats", Map.of("name", name, "intervalMinutes", 5, "graceMinutes", 1)));
		String id = created.get("id").asString();
		String pingPath = created.get("pingUrl").asString().replaceFirst("^https?://[^/]+", "");
		assertThat(created.get("key").asString()).isNotBlank();
		assertThat(created.get("state").asString()).isEqualTo("waiting");

		clock.set(START.plus(Duration.ofMinutes(1)));
		Api.Response ping = Api.anonymous(a.port()).send("GET", pingPath);
		assertThat(ping.status()).as(ping.body()).isEqualTo(200);
		assertThat(heartbeat(id).get("state").asString()).isEqualTo("healthy");
		assertThat(heartbeat(id).get("lastSignalAt").asString())
			.isEqualTo(START.plus(Duration.ofMinutes(1)).toString());

		// interval and grace not yet past since the ping
		clock.set(START.plus(Duration.ofMinutes(7)));
		race();
		assertThat(groups(id)).isEmpty();
		assertThat(heartbeat(id).get("state").asString()).isEqualTo("healthy");

		clock.set(START.plus(Duration.ofMinutes(7)).plusSeconds(1));
		race();
		List<JsonNode> open = groups(id);
		assertThat(open).hasSize(1);
		assertThat(open.get(0).get("status").asString()).isEqualTo("triggered");
		assertThat(open.get(0).get("title").asString()).isEqualTo("Heartbeat '" + name + "' silent for 6 min");
		JsonNode silent = heartbeat(id);
		assertThat(silent.get("state").asString()).isEqualTo("silent");
		assertThat(silent.get("silentSince").asString())
			.isEqualTo(START.plus(Duration.ofMinutes(7)).plusSeconds(1).toString());

		clock.set(START.plus(Duration.ofMinutes(20)));
		race();
		assertThat(groups(id)).hasSize(1);

		Api.Response back = Api.anonymous(b.port()).send("POST", pingPath);
		assertThat(back.status()).as(back.body()).isEqualTo(200);
		List<JsonNode> after = groups(id);
		assertThat(after).hasSize(1);
		assertThat(after.get(0).get("status").asString()).isEqualTo("resolved");
		assertThat(heartbeat(id).get("state").asString()).isEqualTo("healthy");
		race();
		assertThat(groups(id)).hasSize(1);
	}

	@Test
	void aPingWithAWrongKeyChangesNothing() throws Exception {
		JsonNode created = Api.created(admin(a).postJson("/api/v1/heartbeats",
				Map.of("name", "cron " + System.nanoTime(), "intervalMinutes", 10)));
		String id = created.get("id").asString();
		String key = created.get("key").asString();

		Api.Response wrong = Api.anonymous(a.port()).send("GET", "/hooks/heartbeat/" + key + "x");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
		assertThat(wrong.json().get("detail").asString()).contains("Unknown heartbeat key");
		Api.Response none = Api.anonymous(a.port()).send("POST", "/hooks/heartbeat");
		assertThat(none.status()).isEqualTo(401);
		assertThat(heartbeat(id).hasNonNull("lastSignalAt")).isFalse();
		assertThat(heartbeat(id).get("state").asString()).isEqualTo("waiting");

		Api.Response bearer = Api.anonymous(a.port())
			.withHeader("Authorization", "Bearer " + key)
			.send("POST", "/hooks/heartbeat");
		assertThat(bearer.status()).isEqualTo(200);
		assertThat(heartbeat(id).get("state").asString()).isEqualTo("healthy");
	}

	@Test
	void aWatchdogAlertKeepsItsHeartbeatHealthyAndOpensNoGroupOfItsOwn() throws Exception {
		String run = Long.toString(System.nanoTime());
		JsonNode alertmanager = Api.created(admin(a).postJson("/api/v1/integrations",
				Map.of("name", "prod alertmanager " + run, "type", "alertmanager")));
		JsonNode created = Api.created(admin(a).postJson("/api/v1/heartbeats", Map.of("name", "prod pipeline " + run,
				"intervalMinutes", 5, "watchIntegrationId", alertmanager.get("id").asString())));
		assertThat(created.get("watchAlertname").asString()).isEqualTo("Watchdog");
		String id = created.get("id").asString();
		clock.set(START.plus(Duration.ofMinutes(30)));

		Api.Response delivered = Api.anonymous(b.port())
			.postJson(hookPath(alertmanager),
					Map.of("version", "4", "status", "firing", "receiver", "sharpend", "groupKey", "{}:{}", "alerts",
							List.of(alert("Watchdog", "none", "w" + run), alert("DiskFull" + run, "page", "d" + run))));
		assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);

		JsonNode healthy = heartbeat(id);
		assertThat(healthy.get("state").asString()).isEqualTo("healthy");
		assertThat(healthy.get("lastSignalAt").asString()).isEqualTo(START.plus(Duration.ofMinutes(30)).toString());
		JdbcClient jdbc = a.bean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from alert where fingerprint = :f")
			.param("f", "w" + run)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from alert where fingerprint = :f")
			.param("f", "d" + run)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void badHeartbeatsAreRefusedWithProblemDetailsAndChangesAreAudited() throws Exception {
		Api.Response tooOften = admin(a).postJson("/api/v1/heartbeats", Map.of("name", "x", "intervalMinutes", 0));
		assertThat(tooOften.status()).isEqualTo(400);
		assertThat(tooOften.header("Content-Type")).startsWith("application/problem+json");
		assertThat(tooOften.body()).contains("intervalMinutes");
		assertThat(admin(a).postJson("/api/v1/heartbeats", Map.of("name", "x", "intervalMinutes", 1441)).status())
			.isEqualTo(400);
		assertThat(admin(a).get("/api/v1/heartbeats/not-an-id").status()).isEqualTo(404);
		assertThat(admin(a).postJson("/api/v1/integrations", Map.of("name", "x", "type", "heartbeat")).status())
			.isEqualTo(400);

		JsonNode created = Api.created(admin(a).postJson("/api/v1/heartbeats",
				Map.of("name", "audited " + System.nanoTime(), "intervalMinutes", 5)));
		String id = created.get("id").asString();
		assertThat(admin(a).delete("/api/v1/integrations/" + id).status()).isEqualTo(409);
		Api.Response changed = admin(a).sendJson("PUT", "/api/v1/heartbeats/" + id,
				Map.of("name", "renamed " + id, "intervalMinutes", 60, "graceMinutes", 0));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("intervalMinutes").asInt()).isEqualTo(60);
		assertThat(changed.json().has("key")).isFalse();
		assertThat(admin(a).delete("/api/v1/heartbeats/" + id).status()).isEqualTo(204);
		assertThat(admin(a).get("/api/v1/heartbeats/" + id).status()).isEqualTo(404);
		assertThat(Api.anonymous(a.port()).send("GET", "/hooks/heartbeat/" + created.get("key").asString()).status())
			.isEqualTo(401);
		List<String> actions = a.bean(JdbcClient.class)
			.sql("select action from audit_event where target_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(actions).contains("heartbeat.created", "heartbeat.changed", "heartbeat.deleted");
	}

	@Test
	void theHeartbeatsPageShowsAWatchingHeartbeatsSnippetOnceAndRefusesABadInterval() {
		String run = Long.toString(System.nanoTime());
		JsonNode alertmanager = Api.created(admin(a).postJson("/api/v1/integrations",
				Map.of("name", "page alertmanager " + run, "type", "alertmanager")));
		Api browser = Api.signedIn(a.port(), TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response refused = browser.submitForm("/alerts/heartbeats", "/alerts/heartbeats",
				Map.of("name", "too often " + run, "intervalMinutes", "0", "graceMinutes", "1"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Expect a signal every 1 to 1440 minutes");

		Api.Response created = browser.submitForm("/alerts/heartbeats", "/alerts/heartbeats",
				Map.of("name", "page pipeline " + run, "intervalMinutes", "5", "graceMinutes", "1", "watchIntegration",
						alertmanager.get("id").asString(), "watchAlertname", "Watchdog"));
		assertThat(created.status()).isEqualTo(302);
		String page = browser.get("/alerts/heartbeats").body();
		assertThat(page).contains("/hooks/heartbeat/shk_", "- alert: <span>Watchdog</span>",
				"repeat_interval: <span>2</span>m", "page pipeline " + run);
		assertThat(browser.get("/alerts/heartbeats").body()).doesNotContain("/hooks/heartbeat/shk_");
	}

	private static String hookPath(JsonNode integration) {
		return integration.get("url").asString().replaceFirst("^https?://[^/]+", "");
	}

	private static Map<String, Object> alert(String alertname, String severity, String fingerprint) {
		return Map.of("status", "firing", "labels", Map.of("alertname", alertname, "severity", severity), "annotations",
				Map.of(), "startsAt", START.toString(), "endsAt", "0001-01-01T00:00:00Z", "generatorURL", "",
				"fingerprint", fingerprint);
	}

	private static JsonNode heartbeat(String id) {
		Api.Response response = admin(a).get("/api/v1/heartbeats/" + id);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** The heartbeat's alert groups, whatever their state. */
	private static List<JsonNode> groups(String heartbeat) {
		return admin(a).get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("integrationId").asString().equals(heartbeat))
			.toList();
	}

	private static Api admin(SharpendNode node) {
		return Api.withToken(node.port(), TestKeys.ADMIN_TOKEN);
	}

	/** Both nodes check from several threads at once, many times over. */
	private static void race() throws Exception {
		NodeRace.run(a, b, 5, (node) -> node.bean(HeartbeatMonitor.class).checkDue());
	}

}
