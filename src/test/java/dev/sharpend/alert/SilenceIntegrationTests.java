package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@SharpendIntegrationTest
class SilenceIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void silencedAlertsAreStoredAsSuppressedAndJoinNoGroupUntilTheSilenceExpires() {
		String run = Long.toString(System.nanoTime());
		String hook = "/hooks/alertmanager/"
				+ admin().postJson("/api/v1/integrations", Map.of("name", "silenced", "type", "alertmanager"))
					.json()
					.get("key")
					.asString();
		JsonNode silence = admin().postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "value", "Noisy" + run, "isRegex", false, "isEqual", true),
								Map.of("name", "env", "value", "stag.*", "isRegex", true, "isEqual", true)),
						"endsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "comment",
						"known flapping in staging"))
			.json();

		fire(hook, "Noisy" + run, "staging", "a");
		fire(hook, "Noisy" + run, "production", "b");
		JsonNode silenced = alert("a" + run);
		assertThat(silenced.path("suppressedBy").asString("")).as(silence + " / " + silenced)
			.isEqualTo("silence:" + silence.get("id").asLong());
		assertThat(silenced.has("groupId")).isFalse();
		JsonNode loud = alert("b" + run);
		assertThat(loud.has("suppressedBy")).isFalse();
		assertThat(loud.get("groupId").asLong()).isPositive();

		assertThat(admin().delete("/api/v1/silences/" + silence.get("id").asLong()).status()).isEqualTo(204);
		fire(hook, "Noisy" + run, "staging", "c");
		assertThat(alert("c" + run).has("suppressedBy")).isFalse();
		assertThat(alert("c" + run).get("groupId").asLong()).isPositive();
	}

	@Test
	void silencesThatWouldSilenceEverythingOrNeverEndAreRefused() {
		Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
		Api.Response empty = admin().postJson("/api/v1/silences",
				Map.of("matchers", List.of(), "endsAt", later.toString(), "comment", "x"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("matchers");
		Api.Response badRegex = admin().postJson("/api/v1/silences",
				Map.of("matchers", List.of(Map.of("name", "job", "value", "(", "isRegex", true, "isEqual", true)),
						"endsAt", later.toString(), "comment", "x"));
		assertThat(badRegex.status()).isEqualTo(400);
		assertThat(badRegex.body()).contains("regular expression");
		Api.Response past = admin().postJson("/api/v1/silences",
				Map.of("matchers", List.of(Map.of("name", "job", "value", "x", "isRegex", false, "isEqual", true)),
						"endsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "comment", "x"));
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("endsAt");
	}

	@Test
	void backreferenceSilencesAreRefusedAndNestedRepetitionCannotStallIntake() {
		String run = Long.toString(System.nanoTime());
		Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
		Api.Response redos = admin().postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "probe", "value", "(a+)+\\1b", "isRegex", true, "isEqual", true)),
						"endsAt", later.toString(), "comment", "probe " + run));
		assertThat(redos.status()).isEqualTo(400);
		assertThat(redos.json().get("errors").get(0).get("field").asString()).isEqualTo("matchers");
		assertThat(admin().get("/api/v1/silences").body()).doesNotContain("probe " + run);

		JsonNode nested = admin().postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "probe", "value", "(a+)+b", "isRegex", true, "isEqual", true)), "endsAt",
						later.toString(), "comment", "nested " + run))
			.json();
		String hook = "/hooks/alertmanager/"
				+ admin().postJson("/api/v1/integrations", Map.of("name", "redos" + run, "type", "alertmanager"))
					.json()
					.get("key")
					.asString();
		// as long as the label limit allows; a backtracking matcher needs ages for 30
		String longValue = "a".repeat(7_000);
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> probe(hook, "long" + run, longValue));
		assertThat(alert("long" + run).has("suppressedBy")).isFalse();
		probe(hook, "hit" + run, "aaab");
		assertThat(alert("hit" + run).path("suppressedBy").asString(""))
			.isEqualTo("silence:" + nested.get("id").asLong());
	}

	private void probe(String hook, String fingerprint, String value) {
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", fingerprint, "labels",
				Map.of("alertname", "Probe", "probe", value), "annotations", Map.of(), "startsAt",
				"2026-11-24T10:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private void fire(String hook, String name, String env, String id) {
		String run = name.substring("Noisy".length());
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", id + run, "labels",
				Map.of("alertname", name, "env", env, "instance", id), "annotations", Map.of(), "startsAt",
				"2026-11-24T10:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode alert(String fingerprint) {
		return admin().get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("fingerprint").asString().equals(fingerprint))
			.findFirst()
			.orElseThrow();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
