package dev.sharpend.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-sent delivery is answered from one read of the stored content hashes (a
 * per-dialect query); anything that differs in it still goes through the writer.
 */
@SharpendIntegrationTest
class ResentDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StoredHashes hashes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storedHashesAreFoundForExactlyTheIntegrationsStoredFingerprints() {
		Hook first = hook();
		Hook other = hook();
		String prefix = "h-" + UUID.randomUUID() + "-";
		// more than one H2 chunk, so every chunk is read
		List<String> fingerprints = IntStream.range(0, 600).mapToObj((i) -> prefix + i).toList();
		assertThat(post(first, fingerprints, "firing", "a").get("created")).isEqualTo(600);
		assertThat(post(other, List.of(prefix + 0), "firing", "a").get("created")).isEqualTo(1);

		List<String> asked = new ArrayList<>(fingerprints);
		asked.add(prefix + "unknown");
		Map<String, StoredHashes.StoredHash> found = this.hashes.find(first.id(), asked);

		assertThat(found).hasSize(600).doesNotContainKey(prefix + "unknown");
		StoredHashes.StoredHash stored = found.get(prefix + 7);
		assertThat(stored.id()).isEqualTo(idOf(first.id(), prefix + 7));
		assertThat(stored.contentHash()).isEqualTo(this.jdbc.sql("select content_hash from alert where id = :id")
			.param("id", stored.id())
			.query(String.class)
			.single());
		assertThat(this.hashes.find(other.id(), List.of(prefix + 0)).get(prefix + 0).id())
			.isEqualTo(idOf(other.id(), prefix + 0));
		assertThat(this.hashes.find(first.id(), List.of())).isEmpty();
	}

	@Test
	void aResentBatchChangesNothingUnlessOneOfItsAlertsDiffers() {
		Hook hook = hook();
		String prefix = "r-" + UUID.randomUUID() + "-";
		List<String> fingerprints = IntStream.range(0, 100).mapToObj((i) -> prefix + i).toList();
		assertThat(post(hook, fingerprints, "firing", "a").get("created")).isEqualTo(100);

		assertThat(post(hook, fingerprints, "firing", "a")).containsEntry("created", 0).containsEntry("changed", 0);
		assertThat(post(hook, fingerprints, "firing", "b")).as("a changed annotation").containsEntry("changed", 100);
		List<String> withNew = new ArrayList<>(fingerprints);
		withNew.add(prefix + "new");
		assertThat(post(hook, withNew, "firing", "b")).containsEntry("created", 1).containsEntry("changed", 0);
		assertThat(post(hook, fingerprints.subList(0, 1), "resolved", "b")).containsEntry("changed", 1);
		assertThat(post(hook, fingerprints.subList(0, 1), "firing", "b")).as("a re-fire").containsEntry("changed", 1);
	}

	private long idOf(UUID integration, String fingerprint) {
		return this.jdbc.sql("select id from alert where integration_id = :i and fingerprint = :f")
			.param("i", integration)
			.param("f", fingerprint)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> post(Hook hook, List<String> fingerprints, String status, String summary) {
		List<Map<String, Object>> alerts = fingerprints.stream()
			.map((f) -> Map.<String, Object>of("status", status, "fingerprint", f, "labels",
					Map.of("alertname", "Resent", "instance", f), "annotations", Map.of("summary", summary), "startsAt",
					"2026-11-24T10:00:00Z"))
			.toList();
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook.path(), Map.of("version", "4", "status", status, "alerts", alerts));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		var json = response.json();
		return Map.of("created", json.get("created").asInt(), "changed", json.get("changed").asInt());
	}

	private Hook hook() {
		var created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations", Map.of("name", "resent " + UUID.randomUUID(), "type", "alertmanager"))
			.json();
		return new Hook(UUID.fromString(created.get("id").asString()),
				"/hooks/alertmanager/" + created.get("key").asString());
	}

	private record Hook(UUID id, String path) {
	}

}
