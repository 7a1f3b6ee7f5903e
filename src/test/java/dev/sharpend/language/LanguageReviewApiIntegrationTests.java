package dev.sharpend.language;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The language review over HTTP: the JSON API and the inline check behind text areas. */
@SharpendIntegrationTest
class LanguageReviewApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void answersFindingsWithOffsetsExplanationsAndSuggestions() {
		String text = "Timeline is below. Priya forgot to renew the certificate; the root cause was the expiry.";
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review", Map.of("text", text, "people", List.of("Priya")));

		assertThat(response.status()).isEqualTo(200);
		JsonNode findings = response.json().get("findings");
		assertThat(findings).hasSize(2);
		JsonNode named = findings.get(0);
		assertThat(named.get("category").stringValue()).isEqualTo("named_person");
		assertThat(named.get("text").stringValue()).isEqualTo("Priya forgot");
		assertThat(text.substring(named.get("start").intValue(), named.get("end").intValue()))
			.isEqualTo("Priya forgot");
		assertThat(named.get("explanation").stringValue()).isNotBlank();
		assertThat(named.get("suggestion").stringValue()).isNotBlank();
		assertThat(named.get("rule").stringValue()).isEqualTo("named_person.name");
		assertThat(named.get("matched").stringValue()).contains("subject of a failure");
		assertThat(findings.get(1).get("category").stringValue()).isEqualTo("single_cause");
		assertThat(findings.get(1).get("text").stringValue()).isEqualTo("root cause");
	}

	@Test
	void answersNoFindingsForBlamelessText() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review",
					Map.of("text", "The alert went to a channel nobody watched at night."));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("findings")).isEmpty();
	}

	@Test
	void refusesAMissingTextWithAProblemNamingTheField() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review", Map.of("people", List.of("Alice")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("text");
	}

	@Test
	void refusesPeopleThatAreNotAListOfNames() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review", Map.of("text", "Fine.", "people", "Alice"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("people");
	}

	@Test
	void refusesABodyOverOneHundredKilobytes() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review", Map.of("text", "x".repeat(101 * 1024)));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("detail").stringValue()).contains("100 KiB");
	}

	@Test
	void refusesABodyThatIsNotJson() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/language-review", "{\"text\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).contains("not JSON");
	}

	@Test
	void inlineCheckAnswersAnHtmlFragmentWithTheFindingsOrAShortAllClear() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response blameful = browser.submitForm("/language-review", "/language-review/check",
				Map.of("field", "summary", "summary", "Obviously Sam missed the page.", "people", "Sam, Alice"));
		Api.Response blameless = browser.submitForm("/language-review", "/language-review/check",
				Map.of("text", "The page went to a muted channel."));

		assertThat(blameful.status()).isEqualTo(200);
		assertThat(blameful.body()).contains("<mark>Obviously</mark>", "<mark>Sam missed</mark>",
				"2 wordings to reconsider", "Person named in a failure");
		assertThat(blameless.body()).contains("No blameful wording found").doesNotContain("<mark>");
	}

	@Test
	void pageWithoutJavaScriptShowsTheFindingsAfterSubmitting() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response page = browser.submitForm("/language-review", "/language-review",
				Map.of("text", "Why did the deploy skip the canary?", "people", ""));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Check wording", "<mark>Why did</mark>");
	}

}
