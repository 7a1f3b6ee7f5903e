package dev.sharpend.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.statuspage.StatusPageFixtures;
import dev.sharpend.test.Api;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL database whose change-counter poll is an hour apart: a
 * change made on one reaches the other's public documents only through the cluster signal
 * (PostgreSQL's LISTEN/NOTIFY), and only once the change committed.
 */
class ClusterSignalsIntegrationTests {

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		assumeThat(TestDatabase.postgres()).as("signals travel between nodes on PostgreSQL only").isTrue();
		Map<String, String> database = TestDatabase.properties();
		a = node(database);
		b = node(database);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> a.bean(ClusterSignals.class).listening() && b.bean(ClusterSignals.class).listening());
	}

	private static SharpendNode node(Map<String, String> database) {
		return Launcher.sharpend(database).testAdmin().setting("sharpend.statuspage.refresh-interval", "PT1H").start();
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
	void aChangeOnOneNodeShowsOnTheOthersPublicPageWithoutWaitingForItsPoll() {
		StatusPageFixtures onA = new StatusPageFixtures(a.port());
		StatusPageFixtures onB = new StatusPageFixtures(b.port());
		JsonNode page = onA.page("Signals");
		JsonNode api = onA.component(page, "API");
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(status(onB, page, "API")).isEqualTo("operational"));

		for (String status : List.of("degraded_performance", "partial_outage", "major_outage", "operational")) {
			assertThat(onA.api()
				.sendJson("PATCH", StatusPageFixtures.pagePath(page) + "/components/" + api.get("id").asString(),
						Map.of("status", status))
				.status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(status(onB, page, "API")).as("node B after the change to " + status)
					.isEqualTo(status));
		}
	}

	@Test
	void aSignalIsHeardWhenItsTransactionCommitsAndNeverWhenItRollsBack() {
		List<String> heard = new CopyOnWriteArrayList<>();
		b.bean(ClusterSignals.class).listen("sharpend_test_signal", heard::add);
		await().atMost(Duration.ofSeconds(5)).until(() -> {
			a.bean(ClusterSignals.class).send("sharpend_test_signal", "probe");
			return heard.contains("probe");
		});
		TransactionTemplate tx = new TransactionTemplate(a.bean(PlatformTransactionManager.class));

		tx.executeWithoutResult((status) -> {
			a.bean(ClusterSignals.class).send("sharpend_test_signal", "rolled-back");
			status.setRollbackOnly();
		});
		tx.executeWithoutResult((status) -> a.bean(ClusterSignals.class).send("sharpend_test_signal", "committed"));

		await().atMost(Duration.ofSeconds(2)).until(() -> heard.contains("committed"));
		assertThat(heard).doesNotContain("rolled-back");
	}

	@Test
	void anIncidentPageOpenOnOneNodeHearsOfAnEntryWrittenOnTheOther() {
		Api adminOnA = Api.withToken(a.port(), TestKeys.ADMIN_TOKEN);
		Api.Response declared = adminOnA.postJson("/api/v1/incidents", Map.of("title", "Replication lag"));
		assertThat(declared.status()).isEqualTo(201);
		long n = declared.json().get("number").asLong();
		Api browserOnB = Api.signedIn(b.port(), TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Matcher wait = Pattern.compile("data-wait=\"([^\"]+)\"")
			.matcher(browserOnB.getHtml("/response/incidents/INC-" + n).body());
		assertThat(wait.find()).isTrue();

		CompletableFuture<Api.Response> waiting = CompletableFuture
			.supplyAsync(() -> browserOnB.get(wait.group(1).replace("&amp;", "&")));
		assertThat(adminOnA
			.postJson("/api/v1/incidents/" + n + "/timeline", Map.of("kind", "observation", "body", "Lag at 40 s"))
			.status()).isEqualTo(201);

		// Held for 30 s otherwise: answered within 3 s, the signal carried it.
		await().atMost(Duration.ofSeconds(3)).until(waiting::isDone);
		assertThat(waiting.join().status()).isEqualTo(200);
	}

	private static String status(StatusPageFixtures fx, JsonNode page, String name) {
		return fx.json(page, "components.json")
			.get("components")
			.valueStream()
			.filter((c) -> c.get("name").asString().equals(name))
			.findFirst()
			.map((c) -> c.get("status").asString())
			.orElse("absent");
	}

}
