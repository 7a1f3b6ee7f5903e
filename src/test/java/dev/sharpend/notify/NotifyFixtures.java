package dev.sharpend.notify;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static dev.sharpend.test.Api.created;

/** Status pages, components, notices and subscribers made through the API. */
final class NotifyFixtures {

	private final Api api;

	NotifyFixtures(int port) {
		this.api = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	Api api() {
		return this.api;
	}

	JsonNode page(String name) {
		String slug = "n-" + UUID.randomUUID().toString().substring(0, 8);
		return created(this.api.postJson("/api/v1/status-pages", Map.of("name", name, "slug", slug)));
	}

	JsonNode component(JsonNode page, String name) {
		return created(this.api.postJson(path(page) + "/components", Map.of("name", name)));
	}

	JsonNode incident(JsonNode page, String name, String body, JsonNode component) {
		Map<String, Object> request = (component != null)
				? Map.of("name", name, "body", body, "components", Map.of(id(component), "major_outage"))
				: Map.of("name", name, "body", body);
		return created(this.api.postJson(path(page) + "/incidents", request));
	}

	JsonNode update(JsonNode page, JsonNode incident, String status, String body) {
		return created(this.api.postJson(path(page) + "/incidents/" + id(incident) + "/updates",
				Map.of("status", status, "body", body)));
	}

	JsonNode subscriber(JsonNode page, Map<String, Object> request) {
		return created(this.api.postJson(path(page) + "/subscribers", request));
	}

	static String path(JsonNode page) {
		return "/api/v1/status-pages/" + id(page);
	}

	static String id(JsonNode node) {
		return node.get("id").asString();
	}

}
