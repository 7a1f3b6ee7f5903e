package dev.sharpend.notify;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscribe page of a Sharpend that cannot send mail: it offers the feeds instead of
 * an e-mail form, and never tells a visitor that a mail is on its way.
 */
@SharpendIntegrationTest
class SubscribeWithoutMailIntegrationTests {

	@LocalServerPort
	int port;

	NotifyFixtures fixtures;

	@BeforeEach
	void forgetTheMailServer() {
		this.fixtures = new NotifyFixtures(this.port);
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(admin.submitForm("/admin/smtp", "/admin/smtp/clear", Map.of()).status()).isEqualTo(302);
	}

	@Test
	void offersNoEmailAndSaysHowToFollowByFeed() {
		JsonNode page = this.fixtures.page("Feed-only page");
		String slug = page.get("slug").asString();

		Api.Response form = Api.anonymous(this.port).get("/p/" + slug + "/subscribe");

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).doesNotContain("type=\"email\"")
			.contains("E-mail updates are not available")
			.contains("/history.atom\">Atom feed</a>")
			.contains("/history.rss\">RSS feed</a>")
			.contains("By webhook or chat");
	}

	@Test
	void anAddressPostedAnywayIsNotPromisedAMail() {
		JsonNode page = this.fixtures.page("No mail page");
		String slug = page.get("slug").asString();
		Api visitor = Api.anonymous(this.port);

		// The page has no e-mail form to take a CSRF token from; the sign-in page has
		// one.
		Api.Response answer = visitor.submitForm("/login", "/p/" + slug + "/subscribe",
				Map.of("email", "ada@example.com"));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.body()).doesNotContain("Check your inbox")
			.doesNotContain("on its way")
			.contains("E-mail updates are not available");
		assertThat(this.fixtures.api().get(NotifyFixtures.path(page) + "/subscribers").json().get("items")).isEmpty();
	}

}
