package dev.sharpend.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	Accounts accounts;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void signingInSetsAHardenedSessionCookieWithANewSessionId() {
		Api browser = Api.anonymous(this.port);
		Api.Response loginPage = browser.get("/login");
		String before = sessionId(loginPage.header("Set-Cookie"));
		assertThat(loginPage.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");

		Api.Response signedIn = browser.submitForm("/login", "/login",
				Map.of("email", TestKeys.ADMIN_EMAIL.toUpperCase(), "password", TestKeys.ADMIN_PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		String after = sessionId(signedIn.header("Set-Cookie"));
		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(browser.get("/home").body()).contains(TestKeys.ADMIN_EMAIL);
		java.time.Instant lastLogin = this.jdbc.sql("select last_login_at from app_user where email_key = :e")
			.param("e", TestKeys.ADMIN_EMAIL)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(lastLogin).isAfter(java.time.Instant.now().minusSeconds(60));
	}

	@Test
	void wrongPasswordIsRefusedWithAMessage() {
		Api browser = Api.anonymous(this.port);
		Api.Response refused = browser.submitForm("/login", "/login",
				Map.of("email", TestKeys.ADMIN_EMAIL, "password", "not the password"));
		assertThat(refused.header("Location")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("do not match an active account");
		assertThat(browser.get("/home").status()).isEqualTo(302);
	}

	@Test
	void repeatedWrongPasswordsLockTheGuessingClientOutEvenWithTheRightPassword() {
		String email = "guessed-" + java.util.UUID.randomUUID() + "@example.com";
		this.accounts.create(new Accounts.NewUser(email, null, "the right password", RoleId.VIEWER), "test");
		Api attacker = Api.anonymous(this.port);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			attacker.submitForm("/login", "/login", Map.of("email", email, "password", "guess " + i));
		}
		Api.Response owner = Api.anonymous(this.port)
			.submitForm("/login", "/login", Map.of("email", email, "password", "the right password"));
		assertThat(owner.header("Location")).endsWith("/login?locked");
		assertThat(Api.anonymous(this.port).get("/login?locked").body()).contains("Too many failed sign-ins");
	}

	@Test
	void signingOutEndsTheSession() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(browser.get("/home").status()).isEqualTo(200);
		Api.Response out = browser.submitForm("/home", "/logout", Map.of());
		assertThat(out.header("Location")).endsWith("/login?signedOut");
		assertThat(browser.get("/home").status()).isEqualTo(302);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(browser.postForm("/logout", Map.of()).status()).isEqualTo(403);
		assertThat(browser.get("/home").status()).isEqualTo(200);
	}

	@Test
	void anAuthorizationHeaderThatIsNoBearerTokenDoesNotSwitchCsrfOff() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String name = "csrf-" + java.util.UUID.randomUUID();

		for (String credentials : java.util.List.of("Basic YWRtaW46c2VjcmV0", "Negotiate YIIBhwYGKwYBBQUCoIIBezCC",
				"Bearer " + TestKeys.ADMIN_TOKEN)) {
			Api.Response forged = browser.postFormWithHeaders("/account/tokens",
					Map.of("name", name, "permissions", "incident:read"), Map.of("Authorization", credentials));
			assertThat(forged.status()).as(credentials + ": " + forged).isEqualTo(403);
		}
		assertThat(this.jdbc.sql("select count(*) from api_token where name = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
	}

	private static String sessionId(String setCookie) {
		return setCookie.replaceAll(".*SHARPEND_SESSION=([^;]*).*", "$1");
	}

}
