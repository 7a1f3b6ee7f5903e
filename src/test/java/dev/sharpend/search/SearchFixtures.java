package dev.sharpend.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents, alerts and searches through the public APIs, as automation would. */
public final class SearchFixtures {

	private final int port;

	private final Api admin;

	public SearchFixtures(int port) {
		this.port = port;
		this.admin = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	Api admin() {
		return this.admin;
	}

	public long declare(String title, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return expect(201, this.admin.postJson("/api/v1/incidents", body)).get("number").asLong();
	}

	long note(long incident, String kind, String text) {
		return expect(201,
				this.admin.postJson("/api/v1/incidents/" + incident + "/timeline", Map.of("kind", kind, "body", text)))
			.get("id")
			.asLong();
	}

	/**
	 * Resolves an incident, as past incidents are, so its alert groups can be declared
	 * from again.
	 */
	void resolve(long incident) {
		expect(200, this.admin.sendJson("PATCH", "/api/v1/incidents/" + incident, Map.of("status", "resolved")));
	}

	void refute(long incident, String statement) {
		long id = expect(201,
				this.admin.postJson("/api/v1/incidents/" + incident + "/hypotheses", Map.of("statement", statement)))
			.get("id")
			.asLong();
		expect(200, this.admin.sendJson("PATCH", "/api/v1/incidents/" + incident + "/hypotheses/" + id,
				Map.of("status", "refuted")));
	}

	/** An alert group for one alert of this name, fired through an Alertmanager hook. */
	public long alertGroup(String alertname) {
		JsonNode created = expect(201, this.admin.postJson("/api/v1/integrations",
				Map.of("name", "am-" + UUID.randomUUID(), "type", "alertmanager", "groupBy", List.of("alertname"))));
		String hook = "/hooks/alertmanager/" + created.get("key").asString();
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", alertname + "/1", "labels",
				Map.of("alertname", alertname, "instance", "i1", "job", "api"), "annotations",
				Map.of("summary", alertname + " on i1"), "startsAt", "2026-11-24T10:00:00Z", "endsAt",
				"0001-01-01T00:00:00Z");
		Api.Response fired = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "receiver", "sharpend", "groupLabels",
					Map.of("alertname", alertname), "alerts", List.of(alert)));
		assertThat(fired.status()).as(fired.toString()).isEqualTo(200);
		return this.admin.get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + alertname))
			.get("id")
			.asLong();
	}

	JsonNode search(Api api, String query) {
		return expect(200, api.get("/api/v1/search?" + query));
	}

	JsonNode search(String query) {
		return search(this.admin, query);
	}

	/**
	 * Waits until the search answers as expected: indexing follows writes within a poll.
	 */
	public JsonNode searchUntil(String query, Predicate<JsonNode> done) {
		return eventually(() -> search(query), done);
	}

	public static String q(String text) {
		return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static List<String> titles(JsonNode results) {
		return results.get("items").valueStream().map((i) -> i.get("title").asString()).toList();
	}

	static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
		return Eventually.until("the search index to catch up", probe, done);
	}

	static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

}
