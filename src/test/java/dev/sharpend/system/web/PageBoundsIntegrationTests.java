package dev.sharpend.system.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging parameters are bounded where they are read: a page far out (whose offset
 * {@code page × size} would overflow) or a size beyond the limit is a 400 naming the
 * parameter, never a server error.
 */
@SharpendIntegrationTest
class PageBoundsIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/api/v1/incidents?page=2147483647&size=500, page", "/api/v1/incidents?page=0&size=501, size",
			"/api/v1/alerts?page=2147483647&size=500, page", "/api/v1/alerts?page=-1, page",
			"/api/v1/alert-groups?page=1000001&size=1, page", "/api/v1/alert-groups?size=0, size",
			"/api/v1/audit-events?page=2147483647&size=500, page", "/api/v1/audit-events?size=100000, size",
			"/api/v1/search?q=x&page=2147483647&size=100, page", "/api/v1/search?page=100&size=100, page",
			"/api/v1/search?q=x&size=100000, size", "/api/v1/reviews?page=-1, page", "/api/v1/reviews?size=501, size",
			"/api/v1/action-items?page=1000001, page", "/api/v1/action-items?size=0, size",
			"/api/v1/incidents?page=abc, page", "/api/v1/alerts?size=ten, size" })
	void anOutOfBoundsPageOrSizeIsAProblemNamingTheParameter(String path, String parameter) {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get(path);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/incidents?page=1000000&size=500", "/api/v1/alerts?page=1000000&size=500",
			"/api/v1/alert-groups?page=1000000&size=500", "/api/v1/audit-events?page=1000000&size=500",
			"/api/v1/search?page=99&size=100", "/api/v1/search?q=x&page=499&size=20",
			"/api/v1/reviews?page=1000000&size=500", "/api/v1/action-items?page=1000000&size=500" })
	void theLastPageWithinTheBoundsIsAnsweredEmpty(String path) {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get(path);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("items").size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=x&page=-1", "/search?q=x&size=100000", "/search?q=x&from=notadate",
			"/search?q=x&page=2147483647" })
	void theSearchPageShowsABadParameterBesideTheForm(String path) {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		Api.Response response = browser.getHtml(path);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.body()).contains("data-rejected").contains("name=\"q\"");
	}

}
