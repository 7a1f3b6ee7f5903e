package dev.sharpend.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharpend behind a trusted reverse proxy (this test's own client), which tells it each
 * client's address in {@code X-Forwarded-For}: clients can then be told apart.
 */
@SharpendIntegrationTest
@TestPropertySource(properties = { "SHARPEND_FORWARD_HEADERS=native", "SHARPEND_TRUSTED_PROXIES=127.0.0.1/32,::1/128" })
@OwnApplication
class SignInBehindProxyIntegrationTests {

	private static final String PASSWORD = "the right password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTrustedProxysForwardedClientAddressIsRecorded() {
		Api.Response created = client("192.0.2.44").withHeader("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/tokens",
					Map.of("name", "proxied-" + UUID.randomUUID(), "permissions", List.of("incident:read")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		assertThat(this.jdbc
			.sql("select client_address from audit_event where target_id = :id and action = 'token.created'")
			.param("id", created.json().get("id").asString())
			.query(String.class)
			.single()).isEqualTo("192.0.2.44");
	}

	@Test
	void aStrangerGuessingPasswordsCannotLockTheOwnerOut() {
		String email = user();
		Api attacker = client("203.0.113.7");
		for (int i = 0; i < 3 * LoginThrottle.MAX_FAILURES; i++) {
			attacker.submitForm("/login", "/login", Map.of("email", email, "password", "guess " + i));
		}

		assertThat(signIn(client("203.0.113.7"), email, PASSWORD)).endsWith("/login?locked");
		assertThat(signIn(client("198.51.100.20"), email, PASSWORD)).doesNotContain("/login?");
	}

	@Test
	void guessesFromManyClientsLockEachGuesserAfterTheAddressIsUnderAttack() {
		String email = user();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(signIn(client("203.0.113." + i), email, "guess " + i)).endsWith("/login?error");
		}
		assertThat(signIn(client("203.0.113.0"), email, PASSWORD)).endsWith("/login?locked");
		assertThat(signIn(client("203.0.113.100"), email, "guess")).endsWith("/login?error");
		assertThat(signIn(client("203.0.113.100"), email, PASSWORD)).endsWith("/login?locked");
		assertThat(signIn(client("198.51.100.21"), email, PASSWORD)).doesNotContain("/login?");
	}

	@Test
	void anUnknownAddressLocksExactlyLikeAKnownOne() {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
		String known = user();
		for (String email : List.of(unknown, known)) {
			Api guesser = client("203.0.113.50");
			for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
				assertThat(signIn(guesser, email, "guess " + i)).endsWith("/login?error");
			}
			assertThat(signIn(guesser, email, "guess")).endsWith("/login?locked");
		}
	}

	private String user() {
		String email = "proxied-" + UUID.randomUUID() + "@example.test";
		this.accounts.create(new Accounts.NewUser(email, null, PASSWORD, RoleId.VIEWER), "test");
		return email;
	}

	private Api client(String address) {
		return Api.anonymous(this.port).withHeader("X-Forwarded-For", address);
	}

	private static String signIn(Api client, String email, String password) {
		Api.Response answer = client.submitForm("/login", "/login", Map.of("email", email, "password", password));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
		return answer.header("Location");
	}

}
