import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times search and similar-incident requests against a running Sharpend, one after the
 * other over one kept-alive connection, after a warm-up, and prints p50/p95/p99 against
 * the 50 ms target. Exits 1 when a p95 misses it.
 *
 * Usage: java Measure.java <base url> <token> <incidents> <requests>
 */
public class Measure {

	static final String[] WORDS = { "latency", "timeouts", "replication lag", "queue backlog", "checkout errors",
			"connection pool", "certificate", "disk full", "cache misses", "payments 5xx", "deploy rolled back",
			"broker disk", "failover replica", "feature flag slow", "DNS", "autoscaler maximum", "login timeouts",
			"\"retry storm\"", "garbage collection", "firewall rule" };

	static final String[] FILTERS = { "", "", "&type=incident", "&severity=SEV2", "&type=timeline_entry",
			"&from=2025-01-01", "&status=closed" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int incidents = Integer.parseInt(args[2]);
		int requests = Integer.parseInt(args[3]);
		HttpClient client = HttpClient.newHttpClient();
		Random random = new Random(7);
		Supplier<String> search = () -> "/api/v1/search?q="
				+ URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8)
				+ FILTERS[random.nextInt(FILTERS.length)];
		Supplier<String> similar = () -> "/api/v1/incidents/" + (1 + random.nextInt(incidents)) + "/similar";
		// The cost of any authenticated API call on this machine, for reference.
		report("baseline", run(client, base, token, () -> "/api/v1/me", requests));
		boolean ok = report("search", run(client, base, token, search, requests));
		ok &= report("similar", run(client, base, token, similar, requests));
		System.exit(ok ? 0 : 1);
	}

	static double[] run(HttpClient client, String base, String token, Supplier<String> paths, int requests)
			throws Exception {
		for (int i = 0; i < Math.max(50, requests / 5); i++) {
			send(client, base, token, paths.get());
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			String path = paths.get();
			long start = System.nanoTime();
			send(client, base, token, path);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static void send(HttpClient client, String base, String token, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	static boolean report(String name, double[] sorted) {
		double p95 = at(sorted, 0.95);
		boolean met = p95 <= 50;
		System.out.printf("%-8s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (target p95 <= 50 ms: %s)%n",
				name, sorted.length, at(sorted, 0.50), p95, at(sorted, 0.99), sorted[sorted.length - 1],
				met ? "met" : "MISSED");
		return met;
	}

	static double at(double[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
	}

}
