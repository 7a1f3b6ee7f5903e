package dev.sharpend.statuspage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static dev.sharpend.test.Api.created;

/**
 * Builds status pages through the public API, as automation would (for every statuspage
 * test package).
 */
public final class StatusPageFixtures {

	private final Api api;

	public StatusPageFixtures(int port) {
		this.api = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	public Api api() {
		return this.api;
	}

	public JsonNode page(String name) {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
		return created(this.api.postJson("/api/v1/status-pages", Map.of("name", name, "slug", slug)));
	}

	public JsonNode component(JsonNode page, String name) {
		return created(this.api.postJson(pagePath(page) + "/components", Map.of("name", name)));
	}

	public JsonNode group(JsonNode page, String name) {
		return created(this.api.postJson(pagePath(page) + "/components", Map.of("name", name, "group", true)));
	}

	public JsonNode member(JsonNode page, JsonNode group, String name) {
		return created(this.api.postJson(pagePath(page) + "/components",
				Map.of("name", name, "groupId", group.get("id").asString())));
	}

	public JsonNode incident(JsonNode page, String name, JsonNode component, String componentStatus) {
		return created(this.api.postJson(pagePath(page) + "/incidents", Map.of("name", name, "body",
				"We are looking into it.", "components", Map.of(component.get("id").asString(), componentStatus))));
	}

	public JsonNode json(JsonNode page, String document) {
		Api.Response response = this.api.get("/p/" + page.get("slug").asString() + "/api/v2/" + document);
		if (response.status() != 200) {
			throw new AssertionError(document + ": " + response);
		}
		return response.json();
	}

	public static String pagePath(JsonNode page) {
		return "/api/v1/status-pages/" + page.get("id").asString();
	}

	public static List<String> ids(JsonNode array) {
		return array.valueStream().map((n) -> n.get("id").asString()).toList();
	}

}
