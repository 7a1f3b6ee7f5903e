package dev.sharpend.identity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.sharpend.test.Api;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start with no bootstrap settings: the logged one-time link creates the
 * administrator.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sharpend.identity.password-min-length=12")
@ContextConfiguration(initializers = TestDatabase.class)
@OwnApplication
class FirstRunIntegrationTests {

	private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=(setup_[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loggedSetupLinkCreatesTheFirstAdministratorOnce(CapturedOutput output) {
		Matcher link = SETUP_LINK.matcher(output.getAll());
		assertThat(link.find()).as("setup link in the log").isTrue();
		String token = link.group(1);
		Api visitor = Api.anonymous(this.port);

		assertThat(visitor.get("/setup?token=wrong").body()).contains("This setup link is not valid");
		Api.Response tooShort = visitor.submitForm("/setup?token=" + token, "/setup",
				Map.of("token", token, "email", "first@example.com", "password", "short"));
		assertThat(tooShort.status()).isEqualTo(200);
		assertThat(tooShort.body()).contains("at least 12 characters");
		assertThat(userCount()).isZero();

		Api.Response created = visitor.submitForm("/setup?token=" + token, "/setup", Map.of("token", token, "email",
				"first@example.com", "displayName", "First Admin", "password", "a long enough password"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).endsWith("/login?setup");

		Api admin = Api.signedIn(this.port, "first@example.com", "a long enough password");
		assertThat(admin.get("/home").body()).contains("first@example.com");
		assertThat(admin.get("/admin/audit").body()).contains("user.created").contains("via=setup");

		Api stranger = Api.anonymous(this.port);
		assertThat(stranger.get("/setup?token=" + token).body()).contains("This setup link is not valid");
		Api.Response again = stranger.submitForm("/login", "/setup",
				Map.of("token", token, "email", "second@example.com", "password", "another long password"));
		assertThat(again.body()).contains("This setup link is not valid");
		assertThat(userCount()).isEqualTo(1);
	}

	private long userCount() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

}
