package dev.sharpend.alert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Any JSON, mapped per integration with JSON pointers. */
@SharpendIntegrationTest
class GenericIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void mapsAnArrayOfCustomAlertsThroughTheIntegrationsPointers() {
		String run = Long.toString(System.nanoTime());
		JsonNode integration = admin()
			.postJson("/api/v1/integrations",
					Map.of("name", "uptime checker", "type", "generic", "mapping",
							Map.of("alerts", "/checks", "title", "/check/name", "status", "/state", "resolvedValues",
									List.of("up"), "fingerprint", "/id", "severity", "/level", "labels", "/tags")))
			.json();
		String hook = "/hooks/generic/" + integration.get("key").asString();
		Map<String, Object> body = Map.of("checks",
				List.of(Map.of("id", "chk-1-" + run, "check", Map.of("name", "Homepage down " + run), "state", "down",
						"level", "critical", "tags", Map.of("job", "web", "region", "eu")),
						Map.of("id", "chk-2-" + run, "check", Map.of("name", "API down " + run), "state", "up")));
		Api.Response response = Api.anonymous(this.port).postJson(hook, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(2);

		JsonNode homepage = alert("chk-1-" + run);
		assertThat(homepage.get("status").asString()).isEqualTo("firing");
		assertThat(homepage.get("title").asString()).isEqualTo("Homepage down " + run);
		assertThat(homepage.get("severity").asString()).isEqualTo("critical");
		assertThat(homepage.get("labels").get("region").asString()).isEqualTo("eu");
		assertThat(homepage.get("ruleKey").asString()).isEqualTo("alertname=Homepage down " + run + ",job=web");
		assertThat(alert("chk-2-" + run).get("status").asString()).isEqualTo("resolved");
	}

	@Test
	void badMappingsAndBodiesAreRefusedNamingWhatIsWrong() {
		Api.Response badPointer = admin().postJson("/api/v1/integrations",
				Map.of("name", "bad", "type", "generic", "mapping", Map.of("title", "name")));
		assertThat(badPointer.status()).isEqualTo(400);
		assertThat(badPointer.body()).contains("mapping.title");

		JsonNode integration = admin().postJson("/api/v1/integrations", Map.of("name", "plain", "type", "generic"))
			.json();
		String hook = "/hooks/generic/" + integration.get("key").asString();
		Api.Response noTitle = Api.anonymous(this.port).postJson(hook, Map.of("message", "no title here"));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.body()).contains("/title");
		Api.Response scalar = Api.anonymous(this.port).postJson(hook, "42");
		assertThat(scalar.status()).isEqualTo(400);
		Api.Response ok = Api.anonymous(this.port).postJson(hook, Map.of("title", "Backup failed"));
		assertThat(ok.status()).isEqualTo(200);
	}

	@Test
	void aMappingUpToTheColumnsWidthIsKeptAndALongerOneRefusedNamingIt() {
		int base = new GenericMapping(null, "/", null, null, null, null, null, null).toJson().length();
		String atLimit = "/" + "t".repeat(Integrations.MAX_MAPPING - base);
		assertThat(new GenericMapping(null, atLimit, null, null, null, null, null, null).toJson())
			.hasSize(Integrations.MAX_MAPPING);

		Api.Response kept = admin().postJson("/api/v1/integrations",
				Map.of("name", "wide mapping", "type", "generic", "mapping", Map.of("title", atLimit)));
		Api.Response refused = admin().postJson("/api/v1/integrations",
				Map.of("name", "too wide mapping", "type", "generic", "mapping", Map.of("title", atLimit + "t")));

		assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mapping");
		assertThat(admin().get("/api/v1/integrations").body()).contains("wide mapping")
			.doesNotContain("too wide mapping");
	}

	@Test
	void ruleLabelListsLongerThanTheirColumnAreRefusedNamingThem() {
		List<String> labels = java.util.stream.IntStream.range(0, 6).mapToObj((i) -> "l" + i + "x".repeat(97)).toList();

		Api.Response refused = admin().postJson("/api/v1/integrations",
				Map.of("name", "many labels", "type", "alertmanager", "ruleLabels", labels));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("ruleLabels");
	}

	private JsonNode alert(String fingerprint) {
		return admin().get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("fingerprint").asString().equals(fingerprint))
			.findFirst()
			.orElseThrow();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
