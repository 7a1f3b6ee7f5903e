package dev.sharpend.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team registers its providers over the API: GitHub from the catalogue with its status
 * page prefilled, what it holds and how access is granted, and a provider chain (Heroku
 * running on an AWS region); bad input is refused naming the field, with nothing changed.
 */
@SharpendIntegrationTest
class ProviderApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void addsAProviderFromTheCatalogueAndRecordsWhatItHoldsAndHowItIsAccessed() {
		Api api = admin();
		String name = "GitHub " + suffix();
		JsonNode added = expect(201, api.postJson("/api/v1/providers", Map.of("catalogue", "github", "name", name)));
		String id = added.get("id").asString();
		assertThat(added.get("kind").asString()).isEqualTo("source_control");
		assertThat(added.get("tenancy").asString()).isEqualTo("not_assessed");
		assertThat(added.get("status").get("page").asString()).isEqualTo("https://www.githubstatus.com");
		assertThat(added.get("status").get("feed").asString())
			.isEqualTo("https://www.githubstatus.com/api/v2/summary.json");
		assertThat(added.get("status").get("format").asString()).isEqualTo("statuspage");

		expect(200,
				api.sendJson("PATCH", "/api/v1/providers/" + id,
						Map.of("tenancy", "multi_tenant", "dataHeld", "Source code and CI secrets", "sensitivity",
								"confidential", "access", "sso", "credentialsLocation", "Vault: ci/github-app",
								"nextReview", "2027-03-31")));

		JsonNode read = expect(200, api.get("/api/v1/providers/" + id));
		assertThat(read.get("name").asString()).isEqualTo(name);
		assertThat(read.get("tenancy").asString()).isEqualTo("multi_tenant");
		assertThat(read.get("sensitivity").asString()).isEqualTo("confidential");
		assertThat(read.get("access").asString()).isEqualTo("sso");
		assertThat(read.get("credentialsLocation").asString()).isEqualTo("Vault: ci/github-app");
		assertThat(read.get("nextReview").asString()).isEqualTo("2027-03-31");
		assertThat(read.get("status").get("format").asString()).as("untouched by the change").isEqualTo("statuspage");
		assertThat(
				expect(200, api.get("/api/v1/providers?kind=source_control&q=" + name.replace(" ", "%20"))).get("items")
					.valueStream()
					.map((p) -> p.get("id").asString())
					.toList())
			.containsExactly(id);
		assertThat(api.get("/api/v1/audit-events?action=provider.changed&size=50").body())
			.contains("tenancy=multi_tenant");

		JsonNode cleared = expect(200,
				api.sendJson("PATCH", "/api/v1/providers/" + id, Map.of("nextReview", "", "statusPage", "")));
		assertThat(cleared.has("nextReview")).as("cleared").isFalse();
		assertThat(cleared.get("status").has("page")).as("cleared").isFalse();
		assertThat(cleared.get("status").get("feed").asString()).as("untouched by the change")
			.isEqualTo("https://www.githubstatus.com/api/v2/summary.json");

		expect(204, api.delete("/api/v1/providers/" + id));
		assertThat(api.get("/api/v1/providers/" + id).status()).isEqualTo(404);
	}

	@Test
	void theTeamExtendsTheCatalogueAndChangesAShippedEntryUntilItRemovesItsOwn() {
		Api api = admin();
		String name = "Acme Queue " + suffix();
		JsonNode added = expect(200,
				api.sendJson("PUT", "/api/v1/provider-catalogue/" + name.replace(" ", "%20"),
						Map.of("kind", "queue", "statusPage", "https://status.acme.example", "format", "statuspage",
								"feed", "https://status.acme.example/api/v2/summary.json")));
		assertThat(added.get("source").asString()).isEqualTo("team");
		JsonNode started = expect(201, api.postJson("/api/v1/providers", Map.of("catalogue", name.toLowerCase())));
		assertThat(started.get("kind").asString()).isEqualTo("queue");
		assertThat(started.get("status").get("feed").asString())
			.isEqualTo("https://status.acme.example/api/v2/summary.json");

		try {
			expect(200,
					api.sendJson("PUT", "/api/v1/provider-catalogue/Wasabi",
							Map.of("kind", "hosting", "format", "feed", "statusPage", "https://status.wasabi.example",
									"feed", "https://status.wasabi.example/rss")));
			JsonNode changed = expect(200, api.get("/api/v1/provider-catalogue?q=wasabi")).get("items");
			assertThat(changed.size()).as("the team's entry in place of the shipped one").isOne();
			assertThat(changed.get(0).get("source").asString()).isEqualTo("team");
			assertThat(changed.get(0).get("feed").asString()).isEqualTo("https://status.wasabi.example/rss");
		}
		finally {
			expect(204, api.delete("/api/v1/provider-catalogue/Wasabi"));
		}
		JsonNode shipped = expect(200, api.get("/api/v1/provider-catalogue?q=wasabi")).get("items").get(0);
		assertThat(shipped.get("source").asString()).isEqualTo("sharpend");
		assertThat(shipped.get("feed").asString()).doesNotContain("wasabi.example");

		assertThat(api.delete("/api/v1/provider-catalogue/Wasabi").status()).as("no team entry left").isEqualTo(404);
		assertRefused(
				api.sendJson("PUT", "/api/v1/provider-catalogue/Broken",
						Map.of("kind", "queue", "format", "morse", "feed", "https://x.example/feed")),
				"format", "morse");
		assertRefused(
				api.sendJson("PUT", "/api/v1/provider-catalogue/Broken",
						Map.of("kind", "queue", "format", "feed", "feed", "ftp://x.example/feed")),
				"feed", "http or https");
		assertThat(expect(200, api.get("/api/v1/provider-catalogue?q=broken")).get("items").size()).isZero();
	}

	@Test
	void recordsTheProvidersAProviderRunsOnAndKeepsTheChainFreeOfLoops() {
		Api api = admin();
		String region = "AWS (eu-west-1) " + suffix();
		JsonNode aws = expect(201,
				api.postJson("/api/v1/providers", Map.of("catalogue", "AWS (eu-west-1)", "name", region)));
		assertThat(aws.get("status").get("regions").valueStream().map(JsonNode::asString).toList())
			.containsExactly("eu-west-1");
		String awsId = aws.get("id").asString();
		JsonNode heroku = expect(201, api.postJson("/api/v1/providers", Map.of("catalogue", "Heroku", "name",
				"Heroku " + suffix(), "kind", "database", "dependsOn", List.of(awsId))));
		assertThat(heroku.get("kind").asString()).isEqualTo("database");
		assertThat(heroku.get("dependsOn").get(0).get("name").asString()).isEqualTo(region);

		Api.Response loop = api.sendJson("PATCH", "/api/v1/providers/" + awsId,
				Map.of("dependsOn", List.of(heroku.get("id").asString())));
		assertRefused(loop, "dependsOn", "already runs on this provider");

		Api.Response stillUsed = api.delete("/api/v1/providers/" + awsId);
		assertThat(stillUsed.status()).as(stillUsed.toString()).isEqualTo(409);
		assertThat(stillUsed.json().get("detail").asString()).contains(heroku.get("name").asString());

		expect(200, api.sendJson("PATCH", "/api/v1/providers/" + heroku.get("id").asString(),
				Map.of("dependsOn", List.of())));
		expect(204, api.delete("/api/v1/providers/" + awsId));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsAdded() {
		Api api = admin();
		String name = "Refused " + suffix();
		assertRefused(api.postJson("/api/v1/providers", Map.of("name", name)), "kind", "missing");
		assertRefused(api.postJson("/api/v1/providers", Map.of("name", name, "kind", "spaceship")), "kind",
				"source_control");
		assertRefused(api.postJson("/api/v1/providers", Map.of("kind", "dns", "name", " ")), "name", "name");
		assertRefused(api.postJson("/api/v1/providers", with(name, "sensitivity", "secret")), "sensitivity",
				"restricted");
		assertRefused(api.postJson("/api/v1/providers", with(name, "statusFeed", "ftp://status.example.com/feed")),
				"statusFeed", "http or https");
		assertRefused(
				api.postJson("/api/v1/providers", with(name, "statusFeed", "https://user:secret@status.example.com")),
				"statusFeed", "credentials");
		assertRefused(api.postJson("/api/v1/providers", with(name, "statusFormat", "statuspage")), "statusFeed",
				"address");
		assertRefused(api.postJson("/api/v1/providers", with(name, "statusFormat", "html")), "statusFormat",
				"better_stack");
		assertRefused(api.postJson("/api/v1/providers", with(name, "nextReview", "31/03/2027")), "nextReview",
				"YYYY-MM-DD");
		assertRefused(api.postJson("/api/v1/providers", with(name, "dependsOn", List.of(UUID.randomUUID().toString()))),
				"dependsOn", "no provider");
		assertRefused(api.postJson("/api/v1/providers", Map.of("catalogue", "Not A Real Provider")), "catalogue",
				"Not A Real Provider");
		assertRefused(api.postJson("/api/v1/providers", with(name, "plan", "x".repeat(4001))), "plan", "4000");
		assertRefused(api.postJson("/api/v1/providers", with(name, "statusRegions", List.of("eu-west-1\nus-east-1"))),
				"statusRegions", "one line");
		assertRefused(
				api.postJson("/api/v1/providers", with(name, "statusProducts",
						java.util.stream.IntStream.range(0, 200).mapToObj((i) -> "Product number " + i).toList())),
				"statusProducts", "fewer");
		assertThat(api.get("/api/v1/providers?size=500").body()).doesNotContain(name);

		expect(201, api.postJson("/api/v1/providers", Map.of("kind", "dns", "name", name)));
		Api.Response duplicate = api.postJson("/api/v1/providers", Map.of("kind", "cdn", "name", name.toUpperCase()));
		assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void theCatalogueIsListedByKind() {
		JsonNode databases = expect(200, admin().get("/api/v1/provider-catalogue?kind=database"));
		assertThat(databases.get("items").valueStream().map((e) -> e.get("name").asString()).toList())
			.contains("MongoDB Atlas", "Aiven")
			.doesNotContain("GitHub");
		assertThat(databases.get("items").get(0).get("feed").asString()).startsWith("https://");
		assertRefused(admin().get("/api/v1/provider-catalogue?kind=spaceship"), "kind", "database");
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private static Map<String, Object> with(String name, String field, Object value) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", "dns", "name", name));
		body.put(field, value);
		return body;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.body().isEmpty() ? null : response.json();
	}

}
