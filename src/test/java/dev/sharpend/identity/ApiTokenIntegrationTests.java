package dev.sharpend.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SharpendIntegrationTest
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	@Test
	void bootstrapTokenActsForTheBootstrapAdministratorWithEveryPermission() {
		Api.Response me = admin().get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(me.json().get("role").asString()).isEqualTo("Admin");
		assertThat(texts(me.json().get("permissions"))).contains("statuspage:read", "alert:ingest", "user:admin",
				"settings:admin", "audit:read");
	}

	@Test
	void createdTokenCarriesOnlyTheChosenPermissionsAndItsValueIsNotStored() {
		Api.Response created = admin().postJson("/api/v1/tokens",
				Map.of("name", "deploy bot", "permissions", List.of("incident:read", "alert:ingest")));
		assertThat(created.status()).isEqualTo(201);
		String value = created.json().get("token").asString();
		assertThat(value).startsWith("shp_");

		Api.Response me = Api.withToken(this.port, value).get("/api/v1/me");
		assertThat(texts(me.json().get("permissions"))).containsExactly("alert:ingest", "incident:read");
		assertThat(me.json().get("token").get("name").asString()).isEqualTo("deploy bot");

		long rowsWithValue = this.jdbc.sql("select count(*) from api_token where token_hash = :v or token_hint = :v")
			.param("v", value)
			.query(Long.class)
			.single();
		assertThat(rowsWithValue).isZero();
		Instant lastUsed = this.jdbc.sql("select last_used_at from api_token where id = :id")
			.param("id", java.util.UUID.fromString(created.json().get("id").asString()))
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(lastUsed).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
	}

	@Test
	void aNarrowTokenCannotCreateABroaderOne() {
		String narrow = admin()
			.postJson("/api/v1/tokens", Map.of("name", "reader", "permissions", List.of("incident:read")))
			.json()
			.get("token")
			.asString();
		Api.Response escalation = Api.withToken(this.port, narrow)
			.postJson("/api/v1/tokens", Map.of("name", "escalated", "permissions", List.of("user:admin")));
		assertThat(escalation.status()).isEqualTo(400);
		assertThat(escalation.json().get("errors").get(0).get("field").asString()).isEqualTo("permissions");
	}

	@Test
	void aNarrowTokenCannotMintABroaderTokenThroughTheAccountForm() {
		String narrow = token("reader", List.of("incident:read"), null);
		String name = "escalated-" + java.util.UUID.randomUUID();
		long before = tokenCount();

		Api.Response escalation = Api.withToken(this.port, narrow)
			.submitForm("/login", "/account/tokens", Map.of("name", name, "permissions",
					List.of("user:admin", "settings:admin", "audit:read", "alert:write")));

		assertThat(escalation.status()).as(escalation.toString()).isIn(401, 403);
		assertThat(tokenCount()).isEqualTo(before);
		assertThat(Api.withToken(this.port, narrow).get("/api/v1/audit-events").status()).isEqualTo(403);
	}

	@Test
	void aTokenCreatesTokensOnlyWithinItsOwnPermissions() {
		TokenCaller narrow = this.tokens.authenticate(token("reader", List.of("incident:read", "alert:read"), null))
			.orElseThrow();

		assertThatThrownBy(() -> this.tokens.create(narrow, "escalated", EnumSet.of(Permission.USER_ADMIN), null))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.getMessage()).contains("user:admin"));
		assertThat(this.tokens.create(narrow, "subset", EnumSet.of(Permission.ALERT_READ), null).token().permissions())
			.containsExactly(Permission.ALERT_READ);
	}

	@Test
	void aChildTokenExpiresNoLaterThanTheTokenThatCreatesIt() {
		Instant parentExpiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		Api parent = Api.withToken(this.port, token("expiring", List.of("incident:read"), parentExpiry));
		long before = tokenCount();

		Api.Response forever = parent.postJson("/api/v1/tokens",
				Map.of("name", "forever", "permissions", List.of("incident:read")));
		Api.Response later = parent.postJson("/api/v1/tokens", Map.of("name", "later", "permissions",
				List.of("incident:read"), "expiresAt", parentExpiry.plusSeconds(1).toString()));

		for (Api.Response refused : List.of(forever, later)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
			assertThat(refused.json().get("detail").asString()).contains(parentExpiry.toString());
		}
		assertThat(tokenCount()).isEqualTo(before);
		Api.Response within = parent.postJson("/api/v1/tokens", Map.of("name", "within", "permissions",
				List.of("incident:read"), "expiresAt", parentExpiry.toString()));
		assertThat(within.status()).as(within.toString()).isEqualTo(201);
	}

	@Test
	void aTokenWithoutUserAdminSeesAndRevokesOnlyItself() {
		JsonNode other = admin()
			.postJson("/api/v1/tokens", Map.of("name", "deploy-bot", "permissions", List.of("alert:read")))
			.json();
		JsonNode reader = admin()
			.postJson("/api/v1/tokens", Map.of("name", "reader", "permissions", List.of("incident:read")))
			.json();
		Api narrow = Api.withToken(this.port, reader.get("token").asString());

		List<String> seen = narrow.get("/api/v1/tokens")
			.json()
			.get("items")
			.findValues("id")
			.stream()
			.map(JsonNode::asString)
			.toList();
		assertThat(seen).containsExactly(reader.get("id").asString());

		Api.Response revokeOther = narrow.delete("/api/v1/tokens/" + other.get("id").asString());
		assertThat(revokeOther.status()).as(revokeOther.toString()).isEqualTo(403);
		assertThat(revokeOther.json().get("detail").asString()).contains("user:admin");
		assertThat(Api.withToken(this.port, other.get("token").asString()).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(narrow.delete("/api/v1/tokens/" + reader.get("id").asString()).status()).isEqualTo(204);
		assertThat(narrow.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void revokedTokenIsRefusedAtOnce() {
		JsonNode created = admin()
			.postJson("/api/v1/tokens", Map.of("name", "short-lived", "permissions", List.of("alert:read")))
			.json();
		Api holder = Api.withToken(this.port, created.get("token").asString());
		assertThat(holder.get("/api/v1/me").status()).isEqualTo(200);

		assertThat(admin().delete("/api/v1/tokens/" + created.get("id").asString()).status()).isEqualTo(204);

		Api.Response refused = holder.get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("revoked");
	}

	@Test
	void badTokenRequestsNameTheFieldAndCreateNothing() {
		long before = tokenCount();
		Api.Response unknown = admin().postJson("/api/v1/tokens",
				Map.of("name", "typo", "permissions", List.of("incidents:read")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("detail").asString()).contains("incidents:read");

		Api.Response past = admin().postJson("/api/v1/tokens", Map.of("name", "expired", "permissions",
				List.of("alert:read"), "expiresAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");

		Api.Response missing = admin().postJson("/api/v1/tokens", Map.of("permissions", List.of()));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(texts(missing.json().get("errors").findValues("field").stream().toList())).contains("name",
				"permissions");

		Api.Response malformed = admin().postJson("/api/v1/tokens", "{\"name\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(tokenCount()).isEqualTo(before);
	}

	@Test
	void tokenExpiringInTheFutureWorksAndIsListed() {
		Instant expiry = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Api.Response created = admin().postJson("/api/v1/tokens",
				Map.of("name", "nightly", "permissions", List.of("alert:read"), "expiresAt", expiry.toString()));
		assertThat(created.status()).isEqualTo(201);
		assertThat(Instant.parse(created.json().get("expiresAt").asString())).isEqualTo(expiry);
		List<String> names = admin().get("/api/v1/tokens")
			.json()
			.get("items")
			.findValues("name")
			.stream()
			.map(JsonNode::asString)
			.toList();
		assertThat(names).contains("nightly");
		assertThat(admin().get("/api/v1/tokens").body()).doesNotContain(created.json().get("token").asString());
	}

	@Test
	void unknownTokenGetsA401ProblemNotAnAnonymousAnswer() {
		Api.Response response = Api.withToken(this.port, "shp_not-a-real-token").get("/api/v1/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	private String token(String name, List<String> permissions, Instant expiresAt) {
		Map<String, Object> request = new java.util.HashMap<>(Map.of("name", name, "permissions", permissions));
		if (expiresAt != null) {
			request.put("expiresAt", expiresAt.toString());
		}
		Api.Response created = admin().postJson("/api/v1/tokens", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("token").asString();
	}

	private long tokenCount() {
		return this.jdbc.sql("select count(*) from api_token").query(Long.class).single();
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach((node) -> values.add(node.asString()));
		return values;
	}

	private static List<String> texts(List<JsonNode> nodes) {
		return nodes.stream().map(JsonNode::asString).toList();
	}

}
