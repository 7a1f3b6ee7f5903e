package dev.sharpend.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a review takes is stored whole at its limit and refused one character above
 * it, naming the field, through the API and the Markdown import alike.
 */
@SharpendIntegrationTest
class ReviewLimitsIntegrationTests {

	static final String AT_LIMIT = "x".repeat(Reviews.MAX_PROSE);

	static final String ABOVE = AT_LIMIT + "x";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures() {
		return new ReviewFixtures(this.port, this.accounts, this.tokens);
	}

	@Test
	void factorsAndMitigatorsTakeDescriptionsUpToTheProseLimit() {
		ReviewFixtures f = fixtures();
		String path = "/api/v1/reviews/" + f.createReview(f.admin(), null, "Long factors").get("id").asLong();
		for (String kind : List.of("/factors", "/mitigators")) {
			expect(201, f.admin().postJson(path + kind, Map.of("type", "technical", "description", AT_LIMIT)));
			expectField(f.admin().postJson(path + kind, Map.of("type", "technical", "description", ABOVE)),
					"description");
		}
		JsonNode review = expect(200, f.admin().get(path));
		assertThat(review.get("factors")).hasSize(1);
		assertThat(review.get("factors").get(0).get("description").asString()).isEqualTo(AT_LIMIT);
		assertThat(review.get("mitigators")).hasSize(1);
	}

	@Test
	void accountsAnnotationsAndReasonsTakeTheProseLimit() {
		ReviewFixtures f = fixtures();
		long incident = f.resolvedIncident("Long texts");
		long entry = f.entryIds(incident).get(0);
		String path = "/api/v1/reviews/" + f.createReview(f.admin(), incident, null).get("id").asLong();

		expect(200,
				f.admin().sendJson("PUT", path + "/accounts/mine", Map.of("saw", AT_LIMIT, "understood", AT_LIMIT)));
		expectField(f.admin().sendJson("PUT", path + "/accounts/mine", Map.of("did", ABOVE)), "did");
		expect(200, f.admin().postJson(path + "/timeline", Map.of("entry", entry, "annotation", AT_LIMIT)));
		expectField(f.admin().postJson(path + "/timeline", Map.of("entry", entry, "annotation", ABOVE)), "annotation");
		long item = expect(201, f.admin().postJson(path + "/action-items", Map.of("title", "Fix it"))).get("id")
			.asLong();
		expect(200, f.admin()
			.sendJson("PATCH", path + "/action-items/" + item, Map.of("status", "wont_do", "reason", AT_LIMIT)));
		expectField(f.admin().sendJson("PATCH", path + "/action-items/" + item, Map.of("reason", ABOVE)), "reason");

		JsonNode review = expect(200, f.admin().get(path));
		assertThat(review.get("accounts").get(0).get("saw").asString()).isEqualTo(AT_LIMIT);
		assertThat(review.get("accounts").get(0).get("did").asString()).isEmpty();
		assertThat(review.get("actionItems").get(0).get("reason").asString()).isEqualTo(AT_LIMIT);
	}

	@Test
	void actionItemOwnersTakeAnEmailAddressLength() {
		ReviewFixtures f = fixtures();
		String path = "/api/v1/reviews/" + f.createReview(f.admin(), null, "Owners").get("id").asLong();
		String owner = "o".repeat(ReviewParts.MAX_OWNER - "@example.test".length()) + "@example.test";
		this.accounts.create(
				new Accounts.NewUser(owner, "Long Address", ReviewFixtures.PASSWORD, ReviewFixtures.RESPONDER), "test");

		JsonNode item = expect(201, f.admin().postJson(path + "/action-items", Map.of("title", "Own", "owner", owner)));
		expectField(f.admin().postJson(path + "/action-items", Map.of("title", "Own", "owner", "o" + owner)), "owner");
		expectField(
				f.admin()
					.sendJson("PATCH", path + "/action-items/" + item.get("id").asLong(), Map.of("owner", "o" + owner)),
				"owner");

		JsonNode items = expect(200, f.admin().get(path)).get("actionItems");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("owner").asString()).isEqualTo(owner);
	}

	@Test
	void theMarkdownImportTakesAFactorAtTheLimitAndRefusesOneAboveWithoutStoringAnything() {
		ReviewFixtures f = fixtures();
		String path = "/api/v1/reviews/" + f.createReview(f.admin(), null, "Import long").get("id").asLong();
		expect(201, f.admin().postJson(path + "/factors", Map.of("type", "tooling", "description", AT_LIMIT)));
		String markdown = f.admin().get(path + "/export.md").body();
		assertThat(markdown).contains(AT_LIMIT);

		Api.Response imported = f.admin().sendJson("POST", "/api/v1/reviews/import", markdown);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		JsonNode copy = expect(200, f.admin().get("/api/v1/reviews/" + imported.json().get("id").asLong()));
		assertThat(copy.get("factors").get(0).get("description").asString()).isEqualTo(AT_LIMIT);

		long reviews = reviewCount();
		Api.Response refused = f.admin().sendJson("POST", "/api/v1/reviews/import", markdown.replace(AT_LIMIT, ABOVE));
		expectField(refused, "description");
		assertThat(reviewCount()).isEqualTo(reviews);
	}

	private long reviewCount() {
		return this.jdbc.sql("select count(*) from review").query(Long.class).single();
	}

	private static void expectField(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
