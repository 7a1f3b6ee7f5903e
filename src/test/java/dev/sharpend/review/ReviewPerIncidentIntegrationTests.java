package dev.sharpend.review;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An incident has one review, and links it. */
@SharpendIntegrationTest
class ReviewPerIncidentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void theIncidentLinksItsReviewAndWritingAnotherOpensIt() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long incident = f.resolvedIncident("Checkout errors");
		JsonNode review = f.createReview(f.admin(), incident, null);
		long id = review.get("id").asLong();

		JsonNode document = f.admin().get("/api/v1/incidents/" + incident).json();
		assertThat(document.get("review").get("id").asLong()).isEqualTo(id);
		assertThat(document.get("review").get("url").asString()).isEqualTo("/api/v1/reviews/" + id);

		Api.Response again = f.admin().postJson("/api/v1/reviews", Map.of("incident", incident));
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(id);

		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String page = browser.getHtml("/response/incidents/" + incident).body();
		assertThat(page).contains("href=\"/reviews/" + id + "\"").doesNotContain(">Write review<");
		Api.Response written = browser.submitForm("/reviews", "/reviews", Map.of("incident", incident));
		assertThat(written.header("Location")).endsWith("/reviews/" + id);
		assertThat(browser.getHtml("/reviews/new?incident=" + incident).header("Location")).endsWith("/reviews/" + id);
		assertThat(f.admin()
			.get("/api/v1/reviews?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((r) -> r.get("incident") != null && r.get("incident").asLong() == incident)
			.count()).isEqualTo(1);
	}

	@Test
	void linkingAsPostmortemIsOfferedOnlyWhenTheIncidentWasPublishedAndOtherwiseExplained() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long incident = f.resolvedIncident("Search slow");
		long id = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		ReviewFixtures.expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "in_review")));
		ReviewFixtures.expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "published")));
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		String page = browser.getHtml("/reviews/" + id).body();
		assertThat(page).doesNotContain("Link as postmortem on the status page")
			.contains("INC-" + incident + " was never published on a status page");

		Api.Response refused = browser.submitForm("/reviews/" + id, "/reviews/" + id + "/postmortem-link", Map.of());
		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.getHtml("/reviews/" + id).body())
			.contains("The review&#39;s incident has no status incident to link it to.");
	}

}
