package dev.sharpend.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BodyMutator;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standing guard over every parser and JSON API that takes a body from outside: a fixed
 * number of mutants of a valid request (a fixed seed, so every run sends the same bytes)
 * must each get an answer below 500 within two seconds. A failure names the target, the
 * mutant's index and what was changed, and
 * {@code new BodyMutator(SEED ^ "<target>".hashCode()).json(<seed body>, <index>)} (or
 * {@code text}, {@code fields}) gives the same body again. Mutants the application
 * accepts are stored like any other request, so the targets use their own integrations,
 * status page and incident.
 */
@SharpendIntegrationTest
class FuzzIntegrationTests {

	static final long SEED = 20261202L;

	static final int MUTANTS = 100;

	/**
	 * Status page writes take about 40 ms each, several times an intake delivery; fewer
	 * of them keep the class within a minute.
	 */
	static final int SLOW_MUTANTS = 60;

	static final Duration SLOW = Duration.ofSeconds(2);

	/**
	 * The parsers are the same on either database; what PostgreSQL adds is how it stores
	 * what they let through (it refuses NUL in text, for one). Each mutant draws its kind
	 * of change at random, so every second one still meets every kind there, in half the
	 * time.
	 */
	static final int STRIDE = TestDatabase.postgres() ? 2 : 1;

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> noMutatedBodyGetsAServerErrorOrTakesLongerThanTwoSeconds() {
		return targets().stream().map((target) -> DynamicTest.dynamicTest(target.name(), () -> fuzz(target)));
	}

	private void fuzz(Target target) {
		Exchange seed = send(target.seed());
		assertThat(seed.status())
			.as("%s: the unmutated seed must be accepted, or the fuzzing tests only refusals: %s", target.name(), seed)
			.isBetween(200, 299);
		BodyMutator mutator = new BodyMutator(SEED ^ target.name().hashCode());
		List<String> failures = new ArrayList<>();
		for (int index = 0; index < target.count(); index += STRIDE) {
			Probe probe = target.mutants().apply(mutator, index);
			Exchange answer = send(probe);
			if (answer.status() >= 500 || answer.took().compareTo(SLOW) > 0) {
				failures.add("%s #%d [%s]: %s; sent %s %s %s".formatted(target.name(), index, probe.description(),
						answer, probe.method(), BodyMutator.shorten(probe.path()), probe.preview()));
			}
		}
		assertThat(failures.size())
			.as("%d of %d mutants of %s answered 5xx or took over %s (mutator seed SEED ^ \"%s\"."
					+ "hashCode()); the first ones:%n%s", failures.size(), target.count(), target.name(), SLOW,
					target.name(), String.join("\n", failures.subList(0, Math.min(failures.size(), 10))))
			.isZero();
	}

	private List<Target> targets() {
		Fixtures f = new Fixtures(Api.withToken(this.port, TestKeys.ADMIN_TOKEN));
		String admin = "Bearer " + TestKeys.ADMIN_TOKEN;
		List<Target> targets = new ArrayList<>();
		targets.add(json("alertmanager", "POST", "/hooks/alertmanager/" + f.integration("alertmanager", null), null,
				FuzzSeeds.alertmanager()));
		targets.add(
				json("grafana", "POST", "/hooks/grafana/" + f.integration("grafana", null), null, FuzzSeeds.grafana()));
		String routingKey = f.integration("pagerduty", null);
		targets.add(json("pagerduty enqueue", "POST", "/hooks/pagerduty/v2/enqueue", null,
				FuzzSeeds.pagerDutyTrigger(routingKey)));
		targets.add(json("pagerduty change", "POST", "/hooks/pagerduty/v2/change/enqueue", null,
				FuzzSeeds.pagerDutyChange(routingKey)));
		targets.add(json("generic", "POST", "/hooks/generic/" + f.integration("generic", FuzzSeeds.genericMapping()),
				null, FuzzSeeds.generic()));
		targets.add(chatCommand(f));
		targets.add(json("chat command api", "POST", "/api/v1/chat/commands", admin,
				"{\"text\": \"incident declare Checkout is slow\", \"user\": \"hubot-ada\"}"));
		JsonNode page = f.page();
		String component = f.component(page);
		targets.add(json("incidents api", "POST", "/api/v1/incidents", admin, FuzzSeeds.incident(component)));
		targets.add(json("providers api", "POST", "/api/v1/providers", admin, FuzzSeeds.provider(component)));
		long incident = f.incident();
		targets.add(json("incident timeline api", "POST", "/api/v1/incidents/" + incident + "/timeline", admin,
				FuzzSeeds.timelineEntry()));
		String pagePath = "/api/v1/status-pages/" + page.get("id").asString();
		targets.add(json("status page incidents api", "POST", pagePath + "/incidents", admin,
				FuzzSeeds.statusIncident(component))
			.limited(SLOW_MUTANTS));
		targets.add(json("status page settings api", "PATCH", pagePath, admin, FuzzSeeds.pageSettings())
			.limited(SLOW_MUTANTS));
		String compat = "/compat/statuspage/v1/pages/" + page.get("id").asString();
		String oauth = "OAuth " + TestKeys.ADMIN_TOKEN;
		targets
			.add(json("compat incidents api", "POST", compat + "/incidents", oauth, FuzzSeeds.compatIncident(component))
				.limited(SLOW_MUTANTS));
		targets.add(json("compat components api", "PATCH", compat + "/components/" + component, oauth,
				FuzzSeeds.compatComponent())
			.limited(SLOW_MUTANTS));
		targets.add(json("language review api", "POST", "/api/v1/language-review", admin, FuzzSeeds.languageReview()));
		targets.add(query("search parameters", "/api/v1/search", FuzzSeeds.searchParameters()));
		targets.add(paging());
		String markdown = f.reviewMarkdown();
		targets.add(new Target("review markdown import", MUTANTS,
				new Probe("POST", "/api/v1/reviews/import", admin, "text/markdown",
						markdown.getBytes(StandardCharsets.UTF_8), "seed", ""),
				(mutator, index) -> body("POST", "/api/v1/reviews/import", admin, "text/markdown",
						mutator.text(markdown, index))));
		return targets;
	}

	private static Target json(String name, String method, String path, String authorization, String seed) {
		return new Target(name, MUTANTS,
				new Probe(method, path, authorization, "application/json", seed.getBytes(StandardCharsets.UTF_8),
						"seed", ""),
				(mutator, index) -> body(method, path, authorization, "application/json", mutator.json(seed, index)));
	}

	private static Probe body(String method, String path, String authorization, String mediaType,
			BodyMutator.Mutant mutant) {
		return new Probe(method, path, authorization, mutant.contentType(mediaType), mutant.body(),
				mutant.description(), mutant.preview());
	}

	private Target chatCommand(Fixtures f) {
		String token = "mm-token-" + UUID.randomUUID();
		String user = "fuzz" + UUID.randomUUID().toString().substring(0, 6);
		f.chat(token, user);
		Map<String, String> fields = FuzzSeeds.mattermostCommand(token, user);
		String seed = encode(new BodyMutator.Fields(List.copyOf(fields.entrySet()), "seed"));
		String form = "application/x-www-form-urlencoded";
		return new Target("chat command", MUTANTS,
				new Probe("POST", "/hooks/chat/command", null, form, seed.getBytes(StandardCharsets.UTF_8), "seed", ""),
				(mutator, index) -> {
					if (index % 2 == 0) {
						BodyMutator.Fields changed = mutator.fields(fields, index);
						String body = encode(changed);
						return new Probe("POST", "/hooks/chat/command", null, form,
								body.getBytes(StandardCharsets.UTF_8), changed.description(),
								BodyMutator.shorten(body));
					}
					return body("POST", "/hooks/chat/command", null, form, mutator.text(seed, index));
				});
	}

	private static Target query(String name, String path, Map<String, String> parameters) {
		String admin = "Bearer " + TestKeys.ADMIN_TOKEN;
		return new Target(name, MUTANTS,
				new Probe("GET", path + "?" + encode(new BodyMutator.Fields(List.copyOf(parameters.entrySet()), "")),
						admin, null, null, "seed", ""),
				(mutator, index) -> {
					BodyMutator.Fields changed = mutator.fields(parameters, index);
					return new Probe("GET", path + "?" + encode(changed), admin, null, null, changed.description(), "");
				});
	}

	/** The list APIs' paging parameters, which multiply into a database offset. */
	private static Target paging() {
		List<String> lists = List.of("/api/v1/incidents", "/api/v1/alerts", "/api/v1/alert-groups",
				"/api/v1/audit-events");
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("page", "1");
		parameters.put("size", "50");
		String admin = "Bearer " + TestKeys.ADMIN_TOKEN;
		return new Target("list paging parameters", MUTANTS / 2,
				new Probe("GET", lists.get(0) + "?page=0&size=20", admin, null, null, "seed", ""), (mutator, index) -> {
					BodyMutator.Fields changed = mutator.fields(parameters, index);
					String path = lists.get(index % lists.size()) + "?" + encode(changed);
					return new Probe("GET", path, admin, null, null, changed.description(), "");
				});
	}

	private static String encode(BodyMutator.Fields fields) {
		return fields.encoded((value) -> URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private Exchange send(Probe probe) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + probe.path()))
			.timeout(Duration.ofSeconds(10))
			.method(probe.method(), (probe.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(probe.body())
					: HttpRequest.BodyPublishers.noBody());
		if (probe.contentType() != null) {
			request.header("Content-Type", probe.contentType());
		}
		if (probe.authorization() != null) {
			request.header("Authorization", probe.authorization());
		}
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Exchange(response.statusCode(), Duration.ofNanos(System.nanoTime() - start), response.body());
		}
		catch (IOException ex) {
			// No answer at all is as bad as a 500: report it the same way.
			return new Exchange(599, Duration.ofNanos(System.nanoTime() - start), "no answer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What to fuzz: a seed request that must be accepted and how to make its mutants.
	 *
	 * @param name names the target in failure messages and seeds its mutator
	 * @param count how many mutants to send
	 * @param seed the valid request
	 * @param mutants mutant {@code n} of the seed
	 */
	record Target(String name, int count, Probe seed, Mutants mutants) {

		Target limited(int count) {
			return new Target(this.name, count, this.seed, this.mutants);
		}

	}

	@FunctionalInterface
	interface Mutants {

		Probe apply(BodyMutator mutator, int index);

	}

	/**
	 * One request.
	 *
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @param contentType the {@code Content-Type}, or {@code null}
	 * @param body the bytes, or {@code null}
	 * @param description what was mutated
	 * @param preview the body as a failure message shows it
	 */
	record Probe(String method, String path, String authorization, String contentType, byte[] body, String description,
			String preview) {
	}

	record Exchange(int status, Duration took, String body) {

		@Override
		public String toString() {
			return this.status + " after " + this.took.toMillis() + " ms: " + BodyMutator.shorten(this.body);
		}

	}

	/** Creates what the targets need, through the API. */
	private record Fixtures(Api admin) {

		String integration(String type, String mapping) {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("name", "fuzz " + type);
			request.put("type", type);
			if (mapping != null) {
				request.put("mapping", parse(mapping));
			}
			return created(this.admin.postJson("/api/v1/integrations", request)).get("key").asString();
		}

		void chat(String token, String user) {
			JsonNode integration = created(this.admin.postJson("/api/v1/chat-integrations",
					Map.of("name", "fuzz mattermost", "kind", "mattermost", "secret", token)));
			Api.Response linked = this.admin.sendJson("PUT",
					"/api/v1/chat-integrations/" + integration.get("id").asString() + "/links/id-" + user,
					Map.of("email", TestKeys.ADMIN_EMAIL));
			assertThat(linked.status()).as(linked.toString()).isEqualTo(204);
		}

		long incident() {
			return created(this.admin.postJson("/api/v1/incidents", Map.of("title", "Fuzzed timeline"))).get("number")
				.asLong();
		}

		JsonNode page() {
			return created(this.admin.postJson("/api/v1/status-pages",
					Map.of("name", "Fuzz", "slug", "fuzz-" + UUID.randomUUID().toString().substring(0, 8))));
		}

		String component(JsonNode page) {
			return created(this.admin.postJson("/api/v1/status-pages/" + page.get("id").asString() + "/components",
					Map.of("name", "Checkout")))
				.get("id")
				.asString();
		}

		/**
		 * A review with every kind of part, exported as Markdown: the import's own
		 * format.
		 */
		String reviewMarkdown() {
			long review = created(this.admin.postJson("/api/v1/reviews", Map.of("title",
					"Checkout outage " + UUID.randomUUID().toString().substring(0, 8), "template", "sharpend")))
				.get("id")
				.asLong();
			String path = "/api/v1/reviews/" + review;
			Api.Response patched = this.admin.sendJson("PATCH", path,
					Map.of("sections", Map.of("summary", "Payments failed for **40 minutes** after a pool change.",
							"impact", "About 1,200 orders were delayed; no data was lost.")));
			assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
			created(this.admin.postJson(path + "/factors",
					Map.of("type", "technical", "description", "The connection pool was sized for last year's load.")));
			created(this.admin.postJson(path + "/mitigators",
					Map.of("type", "tooling", "description", "One-click rollback")));
			created(this.admin.postJson(path + "/action-items", Map.of("title", "Size the pool from load tests",
					"owner", TestKeys.ADMIN_EMAIL, "due", "2026-12-20")));
			Api.Response markdown = this.admin.get(path + "/export.md");
			assertThat(markdown.status()).as(markdown.toString()).isEqualTo(200);
			return markdown.body();
		}

		private static JsonNode parse(String json) {
			return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
		}

	}

}
