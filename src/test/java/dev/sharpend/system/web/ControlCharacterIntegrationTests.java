package dev.sharpend.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control character no text field takes (NUL, which PostgreSQL cannot store, and the
 * rest of C0 but tab and line breaks) is refused on every write API with a 400 naming the
 * field, and nothing is stored; the same for form and query parameters.
 */
@SharpendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharacterIntegrationTests {

	@LocalServerPort
	int port;

	String page;

	long incident;

	/**
	 * One write API: how to send a text at {@code field}, and where its result would show
	 * if it were stored.
	 */
	record Write(String name, String method, String path, Function<String, Object> body, String field,
			String readBack) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@BeforeAll
	void pageAndIncident() {
		this.page = admin().postJson("/api/v1/status-pages", Map.of("name", "Shop", "slug", "cc-" + run()))
			.json()
			.get("id")
			.asString();
		this.incident = admin().postJson("/api/v1/incidents", Map.of("title", "Control characters"))
			.json()
			.get("number")
			.asLong();
	}

	List<Write> writes() {
		String incidentPath = "/api/v1/incidents/" + this.incident;
		String pagePath = "/api/v1/status-pages/" + this.page;
		return List.of(
				new Write("incident title", "POST", "/api/v1/incidents", (t) -> Map.of("title", t), "title",
						"/api/v1/incidents?size=500"),
				new Write("incident summary", "PATCH", incidentPath, (t) -> Map.of("summary", t), "summary",
						incidentPath),
				new Write("timeline entry", "POST", incidentPath + "/timeline",
						(t) -> Map.of("kind", "observation", "body", t), "body", incidentPath + "/timeline"),
				new Write("hypothesis", "POST", incidentPath + "/hypotheses", (t) -> Map.of("statement", t),
						"statement", incidentPath + "/hypotheses"),
				new Write("participant", "POST", incidentPath + "/participants", (t) -> Map.of("person", t), "person",
						incidentPath),
				new Write("status incident name", "POST", pagePath + "/incidents",
						(t) -> Map.of("name", t, "status", "investigating", "body", "Looking into it"), "name",
						pagePath + "/incidents"),
				new Write("status incident body", "POST", pagePath + "/incidents",
						(t) -> Map.of("name", "Checkout errors", "status", "investigating", "body", t), "body",
						pagePath + "/incidents"),
				new Write("component", "POST", pagePath + "/components", (t) -> Map.of("name", t), "name",
						pagePath + "/components"),
				new Write("review", "POST", "/api/v1/reviews", (t) -> Map.of("title", t), "title", "/api/v1/reviews"),
				new Write("integration", "POST", "/api/v1/integrations", (t) -> Map.of("name", t, "type", "generic"),
						"name", "/api/v1/integrations"),
				new Write("integration mapping", "POST", "/api/v1/integrations",
						(t) -> Map.of("name", "mapped", "type", "generic", "mapping",
								Map.of("resolvedValues", List.of("ok", t))),
						"mapping.resolvedValues[1]", "/api/v1/integrations"),
				new Write("token", "POST", "/api/v1/tokens",
						(t) -> Map.of("name", t, "permissions", List.of("incident:read")), "name", "/api/v1/tokens"),
				new Write("webhook", "POST", "/api/v1/webhooks",
						(t) -> Map.of("name", t, "url", "https://hooks.example.com/x"), "name", "/api/v1/webhooks"));
	}

	Stream<Arguments> writesWithEachCharacter() {
		List<Arguments> all = new ArrayList<>();
		for (Write write : writes()) {
			all.add(Arguments.of(write, '\u0000'));
			all.add(Arguments.of(write, '\u0001'));
		}
		all.add(Arguments.of(writes().get(0), '\u001f'));
		return all.stream();
	}

	@ParameterizedTest(name = "{0} with U+{1}")
	@MethodSource("writesWithEachCharacter")
	void aControlCharacterInATextFieldIsAProblemNamingTheFieldAndNothingIsStored(Write write, char c) {
		String marker = "cc-" + run();

		Api.Response response = admin().sendJson(write.method(), write.path(),
				write.body().apply(marker + c + "after"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(write.field());
		assertThat(response.json().get("detail").asString()).contains(write.field())
			.contains(String.format("U+%04X", (int) c));
		assertThat(admin().get(write.readBack()).body()).doesNotContain(marker);
	}

	@Test
	void tabsAndLineBreaksAreTextAndKept() {
		String text = "Line one\r\n\tindented line two " + run();

		Api.Response response = admin().postJson("/api/v1/incidents/" + this.incident + "/timeline",
				Map.of("kind", "observation", "body", text));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("body").asString()).isEqualTo(text);
	}

	@Test
	void theCompatibleApiRefusesInTheHostedProductsErrorShape() {
		String marker = "cc-" + run();

		Api.Response response = admin().postJson("/compat/statuspage/v1/pages/" + this.page + "/incidents",
				Map.of("incident", Map.of("name", marker + "\u0000", "status", "investigating")));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).contains("incident.name").contains("U+0000");
		assertThat(admin().get("/api/v1/status-pages/" + this.page + "/incidents").body()).doesNotContain(marker);
	}

	@Test
	void aControlCharacterInAFormFieldIsRefusedNamingItAndNothingIsStored() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String marker = "cc-" + run();

		Api.Response response = browser.submitForm("/response/incidents", "/response/incidents",
				Map.of("title", marker + "\u0000"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.body()).contains("title contains the control character U+0000");
		assertThat(admin().get("/api/v1/incidents?size=500").body()).doesNotContain(marker);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00", "%01", "x%1b%5B31m" })
	void aControlCharacterInAQueryParameterIsAProblemNamingIt(String value) {
		Api.Response response = admin().get("/api/v1/incidents?status=" + value);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().has("errors")).as(response.toString()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void theMarkdownImportRefusesAControlCharacter() {
		Api.Response response = admin().sendJson("POST", "/api/v1/reviews/import",
				"# Near miss \u0001\n\n## Summary\n\nText.\n");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("markdown");
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
