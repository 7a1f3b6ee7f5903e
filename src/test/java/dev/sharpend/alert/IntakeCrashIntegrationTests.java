package dev.sharpend.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.SharpendProcess;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2xx from intake means the alerts are durably stored: Sharpend, in a JVM of its own,
 * is killed with SIGKILL while several threads send alert batches, and every alert whose
 * delivery was answered 2xx must be in the database. Two rounds on each database in the
 * suite; {@code -Dsharpend.test.crash-rounds=50} runs a longer soak.
 */
class IntakeCrashIntegrationTests {

	private static final int ROUNDS = Integer.getInteger("sharpend.test.crash-rounds", 2);

	private static final int SENDERS = 4;

	private static final int BATCH = 20;

	private static final Duration FIRST_ANSWER = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyAlertAnsweredTwoHundredSurvivesAKillNine() throws Exception {
		Map<String, String> settings = TestDatabase.properties();
		Path log = Path.of(settings.get("sharpend.data-dir"), "sharpend.log");
		String hook = null;
		int acknowledged = 0;
		for (int round = 0; round < ROUNDS; round++) {
			SharpendProcess sharpend = Launcher.sharpend(settings).testAdmin().startProcess(log);
			if (hook == null) {
				hook = createIntegration(sharpend);
			}
			Set<String> stored = sendUntilKilled(sharpend, hook, round);
			assertThat(stored).as("round %d got 2xx answers before the kill", round).isNotEmpty();
			Set<String> missing = new HashSet<>(stored);
			missing.removeAll(storedFingerprints(settings, stored));
			assertThat(missing).as("alerts answered 2xx but lost by kill -9 in round %d", round).isEmpty();
			acknowledged += stored.size();
		}
		assertThat(acknowledged).isGreaterThanOrEqualTo(ROUNDS * BATCH);
	}

	private String createIntegration(SharpendProcess sharpend) throws Exception {
		HttpResponse<String> created = this.http
			.send(HttpRequest.newBuilder(URI.create(sharpend.baseUrl() + "/api/v1/integrations"))
				.header("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"crash test\", \"type\": \"alertmanager\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return "/hooks/alertmanager/" + JSON.readTree(created.body()).get("key").asString();
	}

	/**
	 * Sends new alerts from several threads and kills Sharpend at a random moment after
	 * the first answer.
	 * @return the fingerprints of alerts whose delivery was answered 2xx
	 */
	private Set<String> sendUntilKilled(SharpendProcess sharpend, String hook, int round) throws Exception {
		Set<String> stored = ConcurrentHashMap.newKeySet();
		AtomicBoolean sending = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		for (int s = 0; s < SENDERS; s++) {
			int sender = s;
			senders.submit(() -> {
				for (int n = 0; sending.get(); n++) {
					List<String> fingerprints = new ArrayList<>();
					for (int i = 0; i < BATCH; i++) {
						fingerprints.add("r" + round + "s" + sender + "n" + n + "i" + i);
					}
					if (deliver(sharpend, hook, fingerprints)) {
						stored.addAll(fingerprints);
						answered.incrementAndGet();
					}
				}
				return null;
			});
		}
		// The first deliveries create what the lazily started application left for later.
		Eventually.waiting("a first delivery answered in round " + round, FIRST_ANSWER).until(() -> answered.get() > 0);
		// The kill lands at a random point of the stream of deliveries, not right after
		// the first answer.
		int more = answered.get() + ThreadLocalRandom.current().nextInt(1, 40);
		Eventually.await(more + " deliveries answered in round " + round, () -> answered.get() >= more);
		sharpend.kill();
		sending.set(false);
		senders.shutdown();
		assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		return Set.copyOf(stored);
	}

	private boolean deliver(SharpendProcess sharpend, String hook, List<String> fingerprints) {
		List<Map<String, Object>> alerts = fingerprints.stream()
			.map((f) -> Map.<String, Object>of("status", "firing", "fingerprint", f, "labels",
					Map.of("alertname", "CrashTest", "instance", f), "annotations", Map.of("summary", "crash " + f),
					"startsAt", "2026-11-24T10:00:00Z"))
			.toList();
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(URI.create(sharpend.baseUrl() + hook))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("version", "4", "status", "firing", "alerts", alerts))))
				.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2;
		}
		catch (Exception ex) {
			// the connection died with the process: not acknowledged
			return false;
		}
	}

	/** Reads the database directly, as the killed process left it. */
	private static Set<String> storedFingerprints(Map<String, String> settings, Set<String> wanted) throws Exception {
		Set<String> found = new HashSet<>();
		try (Connection connection = connect(settings);
				PreparedStatement query = connection.prepareStatement("select fingerprint from alert")) {
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					if (wanted.contains(rs.getString(1))) {
						found.add(rs.getString(1));
					}
				}
			}
		}
		return found;
	}

	private static Connection connect(Map<String, String> settings) throws Exception {
		String url = settings.get("sharpend.database.url");
		if (url != null) {
			return DriverManager.getConnection(url, settings.get("sharpend.database.username"),
					settings.get("sharpend.database.password"));
		}
		Path db = Path.of(settings.get("sharpend.data-dir"), "db", "sharpend");
		return DriverManager.getConnection("jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
	}

}
