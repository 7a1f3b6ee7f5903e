package dev.sharpend.provider;

import java.util.Map;
import java.util.UUID;

import dev.sharpend.test.Api;

/** Our status pages and components, made over the API for provider tests to depend on. */
final class OurComponentFixtures {

	private OurComponentFixtures() {
	}

	/** A new status page of this name; its id. */
	static String page(Api api, String name) {
		return Api
			.created(api.postJson("/api/v1/status-pages",
					Map.of("name", name, "slug", "p-" + UUID.randomUUID().toString().substring(0, 8))))
			.get("id")
			.asString();
	}

	/** A new component of this name on the page; its id. */
	static String component(Api api, String page, String name) {
		return Api.created(api.postJson("/api/v1/status-pages/" + page + "/components", Map.of("name", name)))
			.get("id")
			.asString();
	}

}
