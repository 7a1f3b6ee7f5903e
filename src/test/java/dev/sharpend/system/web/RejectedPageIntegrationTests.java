package dev.sharpend.system.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request the pages refuse is answered with one page, whatever the module: the status
 * it carries, the reason, and a link back to the list (or review) the form was on. The
 * JSON API keeps answering problem documents.
 */
@SharpendIntegrationTest
class RejectedPageIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/alerts/groups/999999999, /alerts, There is no alert group",
			"/response/incidents/999999999, /response/incidents, INC-999999999",
			"/status-pages/00000000-0000-0000-0000-000000000000, /status-pages, ",
			"/reviews/999999999, /reviews/999999999, " })
	void aRefusedPageSaysWhyAndLeadsBackToItsList(String path, String back, String reason) {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		Api.Response response = browser.getHtml(path);

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).contains("That did not work").contains("href=\"" + back + "\" data-back");
		if (reason != null) {
			assertThat(response.body()).contains(reason);
		}
	}

	@Test
	void theApiStillAnswersAProblem() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/api/v1/alert-groups/999999999");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("There is no alert group");
	}

}
