package dev.sharpend.notify;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Mails;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail subscribers against a real SMTP server (GreenMail) run in the test. */
@SharpendIntegrationTest
class MailSubscriptionIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	NotifyFixtures fixtures;

	String domain;

	@BeforeEach
	void pointSharpendAtTheTestSmtpServer() {
		this.fixtures = new NotifyFixtures(this.port);
		this.domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response saved = admin.submitForm("/admin/smtp", "/admin/smtp",
				Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "status@example.com", "username",
						"sharpend", "password", "smtp-pass-" + this.domain));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		smtp.setUser("sharpend", "smtp-pass-" + this.domain);
	}

	@Test
	void subscriberConfirmsReceivesUpdatesAndUnsubscribesWithOneClick() throws Exception {
		JsonNode page = this.fixtures.page("Mail page");
		String slug = page.get("slug").asString();
		String ada = "ada@" + this.domain;
		Api visitor = Api.anonymous(this.port);

		Api.Response subscribed = visitor.submitForm("/p/" + slug + "/subscribe", "/p/" + slug + "/subscribe",
				Map.of("email", ada));
		assertThat(subscribed.status()).isEqualTo(200);
		assertThat(subscribed.body()).contains("Check your inbox");
		MimeMessage confirmation = mails(ada, 1).get(0);
		assertThat(confirmation.getSubject()).contains("Confirm your subscription to Mail page");
		String confirm = path(link(Mails.text(confirmation), "/subscriptions/[^/\\s]+/confirm"));
		assertThat(visitor.submitForm(confirm, confirm, Map.of()).body()).contains("Subscription confirmed");

		JsonNode incident = this.fixtures.incident(page, "Search is slow", "We are *on it*.", null);
		MimeMessage update = mails(ada, 2).get(1);
		assertThat(update.getSubject()).isEqualTo("[Mail page] Search is slow – Investigating");
		assertThat(Mails.text(update)).contains("We are *on it*.");
		String unsubscribe = update.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		assertThat(update.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(Mails.text(update)).contains(unsubscribe);

		Api.Response oneClick = Api.anonymous(this.port)
			.postForm(path(unsubscribe), Map.of("List-Unsubscribe", "One-Click"));
		assertThat(oneClick.status()).isEqualTo(200);
		assertThat(oneClick.body()).contains("Unsubscribed");

		String control = confirmedSubscriber(page, "control@" + this.domain, Set.of());
		this.fixtures.update(page, incident, "resolved", "All good again.");
		mails(control, 1);
		allSent();
		assertThat(mails(ada, 2)).hasSize(2);
	}

	@Test
	void offersEmailWhileAMailServerIsConfigured() {
		JsonNode page = this.fixtures.page("Mail form page");
		String body = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/subscribe").body();
		assertThat(body).contains("type=\"email\"")
			.contains("By feed")
			.doesNotContain("E-mail updates are not available");
	}

	@Test
	void unconfirmedSubscriberReceivesNothingButTheConfirmationRequest() throws Exception {
		JsonNode page = this.fixtures.page("Unconfirmed page");
		String slug = page.get("slug").asString();
		String bob = "bob@" + this.domain;
		Api.anonymous(this.port).submitForm("/subscribe", "/p/" + slug + "/subscribe", Map.of("email", bob));
		mails(bob, 1);
		String control = confirmedSubscriber(page, "control@" + this.domain, Set.of());

		this.fixtures.incident(page, "Login fails", "Investigating.", null);

		assertThat(mails(control, 1).get(0).getSubject()).contains("Login fails");
		allSent();
		assertThat(mails(bob, 1)).hasSize(1);
	}

	@Test
	void componentSubscriberReceivesOnlyUpdatesAboutTheirComponents() throws Exception {
		JsonNode page = this.fixtures.page("Component mail page");
		JsonNode api = this.fixtures.component(page, "API");
		JsonNode web = this.fixtures.component(page, "Website");
		String carol = confirmedSubscriber(page, "carol@" + this.domain, Set.of(NotifyFixtures.id(web)));
		String control = confirmedSubscriber(page, "control@" + this.domain, Set.of());

		this.fixtures.incident(page, "API errors", "Errors on the API.", api);
		mails(control, 1);
		allSent();
		assertThat(smtp.getReceivedMessagesForDomain(carol)).isEmpty();

		this.fixtures.incident(page, "Website down", "The website is down.", web);
		assertThat(mails(carol, 1).get(0).getSubject()).contains("Website down");
		assertThat(mails(control, 2)).hasSize(2);
	}

	@Test
	void subscribeFormNeedsAValidAddressAndItsCsrfToken() {
		JsonNode page = this.fixtures.page("Form page");
		String form = "/p/" + page.get("slug").asString() + "/subscribe";
		Api visitor = Api.anonymous(this.port);
		assertThat(visitor.get(form).body()).contains("name=\"_csrf\"");
		assertThat(visitor.submitForm(form, form, Map.of("email", "not-an-address")).status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).postForm(form, Map.of("email", "eve@" + this.domain)).status())
			.isEqualTo(403);
	}

	private String confirmedSubscriber(JsonNode page, String email, Set<String> components) {
		this.fixtures.subscriber(page,
				Map.of("type", "email", "email", email, "skipConfirmation", true, "components", components));
		return email;
	}

	/**
	 * Waits until every queued delivery has been sent, so an absent mail is really
	 * absent.
	 */
	private void allSent() {
		Eventually.await("the outbox is empty", () -> this.jdbc
			.sql("select count(*) from notify_delivery where state in ('PENDING', 'FAILED') and target like :domain")
			.param("domain", "%@" + this.domain)
			.query(Integer.class)
			.single() == 0);
	}

	private static List<MimeMessage> mails(String address, int atLeast) {
		Eventually.await(atLeast + " mail(s) for " + address,
				() -> smtp.getReceivedMessagesForDomain(address).length >= atLeast);
		return List.of(smtp.getReceivedMessagesForDomain(address));
	}

	private static String link(String body, String pathPattern) {
		Matcher matcher = Pattern.compile("https?://[^\\s\"<>]+" + pathPattern).matcher(body.replace("=\r\n", ""));
		assertThat(matcher.find()).as("a link in %s", body).isTrue();
		return matcher.group();
	}

	private static String path(String url) {
		return URI.create(url).getRawPath();
	}

}
