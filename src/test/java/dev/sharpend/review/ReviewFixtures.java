package dev.sharpend.review;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents with timelines, people who write reviews, and reviews, through the APIs. */
final class ReviewFixtures {

	static final String PASSWORD = "a long enough test password";

	static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	private final int port;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Api admin;

	ReviewFixtures(int port, Accounts accounts, ApiTokens tokens) {
		this.port = port;
		this.accounts = accounts;
		this.tokens = tokens;
		this.admin = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	Api admin() {
		return this.admin;
	}

	/** A responder; returns their e-mail address. */
	String person(String who) {
		String email = who.replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		this.accounts.create(new Accounts.NewUser(email, who, PASSWORD, RESPONDER), "test");
		return email;
	}

	/** The id of the user with this e-mail address. */
	String userId(String email) {
		return this.accounts.users()
			.stream()
			.filter((u) -> u.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

	/** An API client acting for that person with review and incident permissions. */
	Api as(String email) {
		User user = this.accounts.users().stream().filter((u) -> u.email().equals(email)).findFirst().orElseThrow();
		String token = this.tokens
			.create(user::id, "review test",
					EnumSet.of(Permission.REVIEW_READ, Permission.REVIEW_WRITE, Permission.INCIDENT_READ), null)
			.value();
		return Api.withToken(this.port, token);
	}

	/** An API client that may read reviews but not write them. */
	Api readerOnly() {
		String email = person("reader");
		User user = this.accounts.users().stream().filter((u) -> u.email().equals(email)).findFirst().orElseThrow();
		return Api.withToken(this.port,
				this.tokens.create(user::id, "reader", EnumSet.of(Permission.REVIEW_READ), null).value());
	}

	/** A resolved incident with three observations; returns its number. */
	long resolvedIncident(String title) {
		return resolvedIncident(title, List.of());
	}

	/** The same, with alert groups attached when declared. */
	long resolvedIncident(String title, List<Long> alertGroups) {
		long number = expect(201,
				this.admin.postJson("/api/v1/incidents", Map.of("title", title, "alertGroups", alertGroups)))
			.get("number")
			.asLong();
		for (String text : List.of("Checkout latency rose", "Rolled back the deploy", "Latency back to normal")) {
			expect(201, this.admin.postJson("/api/v1/incidents/" + number + "/timeline",
					Map.of("kind", "observation", "body", text)));
		}
		expect(200, this.admin.sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("status", "resolved")));
		return number;
	}

	List<Long> entryIds(long incident) {
		JsonNode entries = expect(200, this.admin.get("/api/v1/incidents/" + incident + "/timeline?kind=observation"))
			.get("items");
		return entries.valueStream().map((e) -> e.get("id").asLong()).toList();
	}

	JsonNode createReview(Api as, Long incident, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("incident", incident);
		body.put("title", title);
		return expect(201, as.postJson("/api/v1/reviews", body));
	}

	static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

}
