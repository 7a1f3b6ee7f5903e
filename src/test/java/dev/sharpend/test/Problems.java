package dev.sharpend.test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the problem documents the JSON API answers bad input with. */
public final class Problems {

	private Problems() {
	}

	/**
	 * The response is a 400 problem whose first error names {@code field} with a message
	 * containing {@code message}.
	 */
	public static void assertRefused(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(message);
	}

}
