package dev.sharpend.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries arriving together share a transaction; each is still answered for itself and
 * stored entirely or not at all.
 */
@SharpendIntegrationTest
class IntakeGroupCommitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String hook;

	@BeforeEach
	void createIntegration() {
		this.hook = "/hooks/alertmanager/" + Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations", Map.of("name", "group commit", "type", "alertmanager"))
			.json()
			.get("key")
			.asString();
	}

	@Test
	void theSameNewAlertSentByManyAtOnceIsStoredOnce() throws Exception {
		String fingerprint = "same-" + UUID.randomUUID();
		List<Api.Response> answers = concurrently(16, (i) -> post(List.of(alert(fingerprint, "host"))));
		assertThat(answers).allSatisfy((a) -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
		assertThat(answers.stream().mapToInt((a) -> a.json().get("created").asInt()).sum()).isEqualTo(1);
		assertThat(count(List.of(fingerprint))).isEqualTo(1);
	}

	@Test
	void aDeliveryThatCannotBeStoredFailsAloneAndLeavesNothingBehind() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		// labels too large for their column: refused before the delivery joins a batch
		String bad = "x".repeat(9000);
		List<Api.Response> answers = concurrently(12, (i) -> post(List.of(alert(run + "-" + i + "-a", "first"),
				alert(run + "-" + i + "-b", (i == 5) ? bad : "host-" + i))));
		for (int i = 0; i < answers.size(); i++) {
			Api.Response answer = answers.get(i);
			if (i == 5) {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
				assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
				assertThat(count(List.of(run + "-5-a", run + "-5-b"))).as("nothing of the failed delivery").isZero();
			}
			else {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
				assertThat(count(List.of(run + "-" + i + "-a", run + "-" + i + "-b"))).isEqualTo(2);
			}
		}
	}

	private List<Api.Response> concurrently(int n, java.util.function.IntFunction<Api.Response> send) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Callable<Api.Response>> calls = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				calls.add(() -> send.apply(index));
			}
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> answer : pool.invokeAll(calls)) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Api.Response post(List<Map<String, Object>> alerts) {
		return Api.anonymous(this.port)
			.postJson(this.hook, Map.of("version", "4", "status", "firing", "alerts", alerts));
	}

	private static Map<String, Object> alert(String fingerprint, String instance) {
		return Map.of("status", "firing", "fingerprint", fingerprint, "labels",
				Map.of("alertname", "GroupCommit", "instance", instance), "annotations",
				Map.of("summary", "group commit"), "startsAt", "2026-11-24T10:00:00Z");
	}

	private long count(List<String> fingerprints) {
		return this.jdbc.sql("select count(*) from alert where fingerprint in (:f)")
			.param("f", fingerprints)
			.query(Long.class)
			.single();
	}

}
