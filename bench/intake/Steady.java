import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A modest, steady sender: POSTs one new Alertmanager alert per delivery at a fixed rate
 * for a fixed time over one kept-alive connection, and prints the latency percentiles.
 * Latency counts from when a delivery was due, not when it was sent, so a sender held up
 * by a slow answer is not hidden (coordinated omission).
 *
 * <pre>java Steady.java URL PER_SECOND SECONDS</pre>
 * Prints {@code sent N non2xx N p50 X p99 X max X} (milliseconds).
 */
public class Steady {

	public static void main(String[] args) throws Exception {
		URI url = URI.create(args[0]);
		int perSecond = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int total = perSecond * seconds;
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String run = UUID.randomUUID().toString().substring(0, 8);
		long[] latencies = new long[total];
		int failed = 0;
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			String body = "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\","
					+ "\"fingerprint\":\"steady-" + run + "-" + i + "\",\"labels\":{\"alertname\":\"SteadyProbe\","
					+ "\"job\":\"bench\",\"instance\":\"probe-" + i + "\"},\"annotations\":{\"summary\":\"steady\"},"
					+ "\"startsAt\":\"2026-12-03T10:00:00Z\"}]}";
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			latencies[i] = System.nanoTime() - due;
			if (response.statusCode() / 100 != 2) {
				failed++;
			}
		}
		Arrays.sort(latencies);
		System.out.printf("sent %d non2xx %d p50 %.2f p99 %.2f max %.2f%n", total, failed, ms(latencies, 0.50),
				ms(latencies, 0.99), latencies[total - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
