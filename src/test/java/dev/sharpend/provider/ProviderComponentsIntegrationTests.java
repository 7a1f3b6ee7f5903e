package dev.sharpend.provider;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.provider.OurComponentFixtures.component;
import static dev.sharpend.provider.OurComponentFixtures.page;
import static dev.sharpend.test.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team records which of its components depend on a provider, hard or soft, over the
 * API: the provider answers with them by name, the risk view puts a provider in a
 * component's critical path first and says why, the CSV export carries it defused for a
 * spreadsheet, and a removed component is forgotten.
 */
@SharpendIntegrationTest
class ProviderComponentsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void recordsOurComponentsDependingOnAProviderAndRanksItsRisk() {
		Api api = admin();
		String run = suffix();
		String page = page(api, "Shop " + run);
		String checkout = component(api, page, "Checkout " + run);
		String search = component(api, page, "Search " + run);
		JsonNode added = expect(201, api.postJson("/api/v1/providers",
				Map.of("catalogue", "Heroku", "name", "Heroku " + run, "tenancy", "multi_tenant", "dataHeld",
						"Customer personal data", "sensitivity", "restricted", "access", "shared_credential",
						"components", List.of(Map.of("componentId", checkout, "strength", "hard", "note", "orders"),
								Map.of("component_id", search, "strength", "soft")))));
		String id = added.get("id").asString();
		assertThat(added.get("components").get(0).get("name").asString()).isEqualTo("Checkout " + run);
		assertThat(added.get("components").get(0).get("page").asString()).isEqualTo("Shop " + run);
		assertThat(added.get("components").get(0).get("strength").asString()).isEqualTo("hard");
		assertThat(added.get("components").get(0).get("note").asString()).isEqualTo("orders");
		assertThat(added.get("components").get(1).get("strength").asString()).isEqualTo("soft");

		JsonNode risk = expect(200, api.get("/api/v1/providers/risk?size=500")).get("items")
			.valueStream()
			.filter((r) -> r.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(risk.get("score").asInt()).as("hard 3 × multi-tenant 3 × restricted 4 × shared 3").isEqualTo(108);
		assertThat(risk.get("rank").asInt()).isEqualTo(1);
		assertThat(risk.get("criticalPath").asBoolean()).isTrue();
		assertThat(risk.get("reason").asString()).isEqualTo("Critical path for Checkout " + run
				+ "; multi-tenant; holds customer personal data (restricted); one shared credential");
		assertThat(api.get("/api/v1/audit-events?action=provider.added&size=50").body())
			.contains("components=" + checkout + ":hard " + search + ":soft");

		JsonNode changed = expect(200, api.sendJson("PATCH", "/api/v1/providers/" + id,
				Map.of("components", List.of(Map.of("componentId", search, "strength", "hard")))));
		assertThat(changed.get("components")).hasSize(1);
		assertThat(changed.get("components").get(0).get("name").asString()).isEqualTo("Search " + run);
		assertThat(expect(200, api.sendJson("PATCH", "/api/v1/providers/" + id, Map.of("name", "Heroku 2 " + run)))
			.get("components")).as("untouched by a change that does not name them").hasSize(1);
	}

	@Test
	void refusesUnknownOrRepeatedComponentsNamingThemAndAddsNothing() {
		Api api = admin();
		String run = suffix();
		String checkout = component(api, page(api, "Refusals " + run), "Checkout " + run);
		String name = "Refused " + run;
		assertRefused(
				api.postJson("/api/v1/providers", body(name, Map.of("componentId", "nosuch", "strength", "hard"))),
				"components", "nosuch");
		assertRefused(
				api.postJson("/api/v1/providers", body(name, Map.of("componentId", "Not An Id!", "strength", "hard"))),
				"components", "Not An Id!");
		assertRefused(
				api.postJson("/api/v1/providers", body(name, Map.of("componentId", checkout, "strength", "maybe"))),
				"components", "hard, soft");
		assertRefused(api.postJson("/api/v1/providers", body(name, Map.of("componentId", checkout))), "components",
				"missing");
		assertRefused(api.postJson("/api/v1/providers", body(name, Map.of("componentId", checkout, "strength", "hard"),
				Map.of("componentId", checkout, "strength", "soft"))), "components", "twice");
		assertThat(api.get("/api/v1/providers?size=500").body()).doesNotContain(name);
	}

	@Test
	void forgetsARemovedComponent() {
		Api api = admin();
		String run = suffix();
		String page = page(api, "Removal " + run);
		String deploys = component(api, page, "Deploys " + run);
		String id = expect(201,
				api.postJson("/api/v1/providers",
						body("GitHub " + run, Map.of("componentId", deploys, "strength", "hard"))))
			.get("id")
			.asString();

		expect(204, api.delete("/api/v1/status-pages/" + page + "/components/" + deploys));

		Eventually.await("the removed component's dependency dropped",
				() -> api.get("/api/v1/providers/" + id).json().get("components").isEmpty());
	}

	@Test
	void forgetsTheMembersOfARemovedGroupToo() {
		Api api = admin();
		String run = suffix();
		String page = page(api, "Regions " + run);
		String group = expect(201, api.postJson("/api/v1/status-pages/" + page + "/components",
				Map.of("name", "EU " + run, "group", true)))
			.get("id")
			.asString();
		String member = expect(201, api.postJson("/api/v1/status-pages/" + page + "/components",
				Map.of("name", "EU API " + run, "groupId", group)))
			.get("id")
			.asString();
		String kept = component(api, page, "Docs " + run);
		String id = expect(201,
				api.postJson("/api/v1/providers",
						body("AWS " + run, Map.of("componentId", group, "strength", "hard"),
								Map.of("componentId", member, "strength", "hard"),
								Map.of("componentId", kept, "strength", "soft"))))
			.get("id")
			.asString();

		expect(204, api.delete("/api/v1/status-pages/" + page + "/components/" + group));

		JsonNode left = Eventually.until("the group's and its member's dependencies dropped",
				() -> api.get("/api/v1/providers/" + id).json().get("components"), (c) -> c.size() == 1);
		assertThat(left.get(0).get("componentId").asString()).isEqualTo(kept);
	}

	@Test
	void theCsvExportListsTheRegisterQuotedAndDefused() {
		Api api = admin();
		String run = suffix();
		String checkout = component(api, page(api, "Export " + run), "Checkout, EU " + run);
		expect(201,
				api.postJson("/api/v1/providers",
						Map.of("kind", "payments", "name", "=HYPERLINK(\"x\") " + run, "plan", "+1 line\nand another",
								"components", List.of(Map.of("componentId", checkout, "strength", "hard")))));

		Api.Response csv = api.get("/api/v1/providers.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("sharpend-providers.csv");
		assertThat(csv.body()).startsWith("name,kind,lifecycle,tenancy,risk_rank,risk_score,risk_reason,");
		assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"x\"\") " + run + "\",Payments,Active,Not assessed,");
		assertThat(csv.body()).contains("\"Checkout, EU " + run + " (hard)\"");
		assertThat(csv.body()).contains("\"'+1 line\nand another\"");
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	@SafeVarargs
	private static Map<String, Object> body(String name, Map<String, String>... components) {
		return Map.of("kind", "hosting", "name", name, "components", List.of(components));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.body().isEmpty() ? null : response.json();
	}

}
