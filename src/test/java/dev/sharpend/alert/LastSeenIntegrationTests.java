package dev.sharpend.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
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
 * A re-sent alert that changed nothing is not rewritten: its last-seen time is kept in
 * memory, shown by the API at once and written in batches. (The periodic flush is
 * stretched here so the test decides when it happens.)
 */
@SharpendIntegrationTest
@TestPropertySource(properties = "sharpend.alert.last-seen-flush-interval=1h")
@OwnApplication
class LastSeenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LastSeenBuffer lastSeen;

	@Test
	void aResentUnchangedAlertIsNotRewrittenButItsLastSeenShowsAndIsFlushed() {
		String hook = "/hooks/alertmanager/"
				+ admin().postJson("/api/v1/integrations", Map.of("name", "last seen", "type", "alertmanager"))
					.json()
					.get("key")
					.asString();
		String fingerprint = "seen-" + UUID.randomUUID();
		assertThat(post(hook, fingerprint).json().get("created").asInt()).isEqualTo(1);
		Instant stored = storedLastSeen(fingerprint);

		Api.Response again = post(hook, fingerprint);
		assertThat(again.json().get("changed").asInt()).isZero();
		assertThat(storedLastSeen(fingerprint)).as("the row is not rewritten").isEqualTo(stored);
		Instant shown = Instant.parse(alert(fingerprint).get("lastSeen").asString());
		assertThat(shown).as("the API shows the newer last-seen time").isAfter(stored);

		this.lastSeen.flush();
		assertThat(storedLastSeen(fingerprint)).isEqualTo(shown);
	}

	private Api.Response post(String hook, String fingerprint) {
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook,
					Map.of("version", "4", "status", "firing", "alerts",
							List.of(Map.of("status", "firing", "fingerprint", fingerprint, "labels",
									Map.of("alertname", "Seen", "instance", fingerprint), "annotations",
									Map.of("summary", "seen"), "startsAt", "2026-11-24T10:00:00Z"))));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response;
	}

	private Instant storedLastSeen(String fingerprint) {
		return this.jdbc.sql("select last_seen from alert where fingerprint = :f")
			.param("f", fingerprint)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

	private tools.jackson.databind.JsonNode alert(String fingerprint) {
		return admin().get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("fingerprint").asString().equals(fingerprint))
			.findFirst()
			.orElseThrow();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
