package dev.sharpend.system;

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
 * With forwarded headers on but no trusted proxy configured, nobody can choose the client
 * address Sharpend records and rate-limits by, not even a peer on the same host.
 */
@SharpendIntegrationTest
@TestPropertySource(properties = "SHARPEND_FORWARD_HEADERS=native")
@OwnApplication
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aForgedXForwardedForFromAnUntrustedPeerDoesNotChangeTheClientAddress() {
		Api forger = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).withHeader("X-Forwarded-For", "192.0.2.45");
		Api.Response created = forger.postJson("/api/v1/tokens",
				Map.of("name", "forwarded-" + UUID.randomUUID(), "permissions", List.of("incident:read")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		assertThat(auditedAddress(created.json().get("id").asString())).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	private String auditedAddress(String tokenId) {
		return this.jdbc
			.sql("select client_address from audit_event where target_id = :id and action = 'token.created'")
			.param("id", tokenId)
			.query(String.class)
			.single();
	}

}
