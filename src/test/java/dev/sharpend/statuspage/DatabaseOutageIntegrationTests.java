package dev.sharpend.statuspage;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Scrape;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.TcpProxy;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With the database cut off, status pages keep answering from memory and say since when;
 * writes answer 503 and store nothing; when the database returns, everything resumes
 * without a restart. PostgreSQL only: the embedded H2 database runs inside Sharpend and
 * cannot go away on its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

	private static TcpProxy proxy;

	private static SharpendNode node;

	@BeforeAll
	static void startBehindProxy() {
		assumeTrue(TestDatabase.postgres(), "H2 is embedded in the process, so it cannot be cut off");
		Map<String, String> database = new HashMap<>(TestDatabase.properties());
		Matcher url = Pattern.compile("//([^:/]+):(\\d+)/").matcher(database.get("sharpend.database.url"));
		assertThat(url.find()).isTrue();
		proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)));
		database.put("sharpend.database.url", url.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
		database.put("sharpend.database.connection-timeout", "1s");
		node = Launcher.sharpend(database).testAdmin().start();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void pagesKeepAnsweringWritesAnswer503AndEverythingResumesWhenTheDatabaseReturns(CapturedOutput output) {
		StatusPageFixtures fx = new StatusPageFixtures(node.port());
		JsonNode page = fx.page("Outage");
		fx.component(page, "API");
		String slug = "/p/" + page.get("slug").asString() + "/";
		Api visitor = Api.anonymous(node.port());
		Api browser = Api.signedIn(node.port(), TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Matcher csrf = CSRF.matcher(browser.get("/account").body());
		assertThat(csrf.find()).isTrue();

		// the page's snapshot has been confirmed against the database once before the
		// outage
		// (its age gauge appears then); cutting the database earlier leaves nothing to
		// age
		Eventually.await("the snapshot of " + slug + " is confirmed", () -> Scrape.of(node.port())
			.has("sharpend_statuspage_snapshot_age_seconds", Map.of("page", page.get("slug").asString())));
		proxy.cut();
		poll(visitor, slug, (body) -> body.contains("Live updates are paused"), Duration.ofSeconds(10));

		for (String path : List.of("/", slug)) {
			Api.Response html = visitor.get(path);
			assertThat(html.status()).as(path).isEqualTo(200);
			assertThat(html.body()).contains("Live updates are paused", "state as of", "API");
		}
		assertThat(browser.get(slug).status()).as("a signed-in visitor").isEqualTo(200);
		for (String document : PublicSnapshotFilterDocuments.V2) {
			for (String prefix : List.of("/", slug)) {
				Api.Response json = visitor.get(prefix + "api/v2/" + document);
				assertThat(json.status()).as(prefix + document).isEqualTo(200);
				assertThat(json.json().get("page").get("name").asString()).isNotEmpty();
			}
		}

		long start = System.nanoTime();
		Api.Response write = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/components", Map.of("name", "Written during outage"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(write.status()).isEqualTo(503);
		assertThat(write.header("Content-Type")).startsWith("application/problem+json");
		assertThat(write.header("Retry-After")).isNotEmpty();
		assertThat(write.json().get("detail").asString()).contains("database is unavailable", "Try again");

		Api.Response form = browser.postForm("/account/tokens",
				Map.of("name", "during outage", "_csrf", csrf.group(1)));
		assertThat(form.status()).isEqualTo(503);
		assertThat(form.header("Content-Type")).startsWith("text/html");
		assertThat(form.body()).contains("The database is unavailable");

		assertThat(visitor.get("/actuator/health/readiness").status()).isEqualTo(503);
		assertThat(visitor.get("/actuator/health/liveness").status()).isEqualTo(200);
		Scrape during = Scrape.of(node.port());
		assertThat(during.sum("sharpend_statuspage_serving_last_known_state", Map.of())).isEqualTo(1);
		assertThat(during.sum("sharpend_statuspage_last_known_responses_total", Map.of())).isPositive();
		assertThat(during.has("sharpend_statuspage_snapshot_age_seconds", Map.of("page", page.get("slug").asString())))
			.isTrue();

		proxy.restore();
		poll(visitor, slug, (body) -> !body.contains("Live updates are paused"), Duration.ofSeconds(10));
		assertThat(visitor.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(Scrape.of(node.port()).sum("sharpend_statuspage_serving_last_known_state", Map.of())).isZero();
		JsonNode after = fx.component(page, "Written after outage");
		poll(visitor, slug + "api/v2/components.json", (body) -> body.contains(after.get("id").asString()),
				Duration.ofSeconds(5));
		assertThat(fx.json(page, "components.json").toString()).doesNotContain("Written during outage");
		assertThat(output.getOut().split("The database does not answer", -1)).hasSize(2);
	}

	private static void poll(Api api, String path, Predicate<String> condition, Duration limit) {
		Eventually.until(path + " to get there", limit, () -> api.get(path),
				(response) -> response.status() == 200 && condition.test(response.body()));
	}

	/** The Statuspage v2 documents every page serves. */
	private static final class PublicSnapshotFilterDocuments {

		static final List<String> V2 = List.of("summary.json", "status.json", "components.json", "incidents.json",
				"incidents/unresolved.json", "scheduled-maintenances.json", "scheduled-maintenances/upcoming.json",
				"scheduled-maintenances/active.json");

	}

}
