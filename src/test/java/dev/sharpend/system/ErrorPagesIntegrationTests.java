package dev.sharpend.system;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void unknownPageShowsTheNotFoundPageInTheLayout() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response response = browser.getHtml("/no/such/page");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("Not found").contains("Sign out").contains("sharpend.css");
	}

	@Test
	void unknownApiPathGetsAProblemDocument() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/api/v1/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("/api/v1/no-such-thing");
		Api.Response fromBrowser = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).getHtml("/api/v1/no-such-thing");
		assertThat(fromBrowser.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() {
		Api.Response page = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD).getHtml("/error");
		Api.Response problem = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/error");
		Api.Response anonymous = Api.anonymous(this.port).get("/error");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Not found");
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.json().get("detail").asString()).contains("/error");
		assertThat(anonymous.status()).isLessThan(500);
	}

	@Test
	void wrongMethodOnTheApiIsA405Problem() {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).send("PUT", "/api/v1/me");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

}
