package dev.sharpend.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import dev.sharpend.system.SharpendProperties;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP password, webhook signing secrets and chat webhook URLs are not in the raw
 * database (the H2 file or a {@code pg_dump}), while what they protect still works.
 */
@SharpendIntegrationTest
class NotifySecretScanIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharpendProperties properties;

	@Autowired
	SmtpConfiguration smtp;

	@Test
	void smtpPasswordWebhookSecretsAndChatUrlsAreNowhereInTheRawDatabase() throws Exception {
		String unique = UUID.randomUUID().toString().replace("-", "");
		String password = "smtp-secret-" + unique;
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		admin.submitForm("/admin/smtp", "/admin/smtp", Map.of("host", "smtp-" + unique + ".example.com", "port", 587,
				"from", "status@example.com", "password", password, "starttls", "true"));
		NotifyFixtures fixtures = new NotifyFixtures(this.port);
		JsonNode page = fixtures.page("Scan page");
		String webhookSecret = fixtures
			.subscriber(page, Map.of("type", "webhook", "url", "https://hooks.example.com/" + unique))
			.get("secret")
			.asString();
		String slackToken = "slacktoken" + unique;
		fixtures.subscriber(page,
				Map.of("type", "slack", "url", "https://hooks.slack.example.com/services/T0/B0/" + slackToken));

		byte[] raw = rawDatabase();

		assertThat(contains(raw, "smtp-" + unique)).as("the scan finds the stored SMTP host").isTrue();
		assertThat(contains(raw, "https://hooks.example.com/" + unique)).as("the scan finds the webhook URL").isTrue();
		for (String secret : List.of(password, webhookSecret, slackToken)) {
			assertThat(contains(raw, secret)).as("%s in the raw database", secret).isFalse();
		}
		assertThat(this.smtp.current().password()).isEqualTo(password);
		assertThat(admin.getHtml("/admin/smtp").body()).doesNotContain(password);
	}

	private byte[] rawDatabase() throws IOException, InterruptedException {
		if (TestDatabase.postgres()) {
			SharpendProperties.Database database = this.properties.database();
			ProcessBuilder builder = new ProcessBuilder("/usr/bin/pg_dump", "--no-owner",
					"--dbname=" + database.url().substring("jdbc:".length()), "--username=" + database.username());
			builder.environment().put("PGPASSWORD", database.password());
			builder.redirectError(ProcessBuilder.Redirect.INHERIT);
			Process process = builder.start();
			byte[] dump = process.getInputStream().readAllBytes();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			return dump;
		}
		this.jdbc.sql("checkpoint sync").update();
		return Files.readAllBytes(this.properties.dataDir().resolve("db").resolve("sharpend.mv.db"));
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
		outer: for (int i = 0; i <= haystack.length - bytes.length; i++) {
			for (int j = 0; j < bytes.length; j++) {
				if (haystack[i + j] != bytes[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
