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
 * Times each insights API call and page against a running Sharpend, one request after the
 * other, after a warm-up, and prints p50/p95/p99 against the 300 ms target, beside an
 * authenticated call that does nothing (the reference measured in the same run). Pages
 * are read with a signed-in session. Exits 1 when a p95 misses the target.
 *
 * Usage: java Measure.java <base url> <token> <email> <password> <requests> [<rotation id>]
 */
public class Measure {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int requests = Integer.parseInt(args[4]);
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(client, base, args[2], args[3]);
		Random random = new Random(7);
		boolean ok = true;
		report("baseline", run(client, base, token, () -> "/api/v1/me", requests, false), false);
		for (String window : new String[] { "7d", "30d", "90d" }) {
			ok &= report("rules " + window,
					run(client, base, token, () -> "/api/v1/insights/rules?window=" + window, requests, false), true);
		}
		ok &= report("rule 90d", run(client, base, token, () -> {
			int r = random.nextInt(60);
			return "/api/v1/insights/rules/" + URLEncoder.encode("Rule" + r + " (job=svc" + (r % 40) + ")",
					StandardCharsets.UTF_8).replace("+", "%20") + "?window=90d";
		}, requests, false), true);
		ok &= report("signals", run(client, base, token, () -> "/api/v1/insights/signals", requests, false), true);
		if (args.length > 5) {
			// the last whole ISO week, in the rotation's zone
			java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusWeeks(1);
			String week = String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
					day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			String rotation = args[5];
			ok &= report("weekly api", run(client, base, token,
					() -> "/api/v1/insights/weekly-reviews/" + rotation + "/" + week, requests, false), true);
			ok &= report("weekly pg",
					run(client, base, token, () -> "/insights/weekly/" + rotation + "/" + week, requests, true), true);
			ok &= report("rotation 30d",
					run(client, base, token, () -> "/api/v1/insights/rules?window=30d&rotation=" + rotation, requests,
							false),
					true);
		}
		ok &= report("teams 30d",
				run(client, base, token, () -> "/api/v1/insights/teams?window=30d", requests, false), true);
		ok &= report("integr 30d",
				run(client, base, token, () -> "/api/v1/insights/integrations?window=30d", requests, false), true);
		ok &= report("page", run(client, base, token, () -> "/insights?window=30d", requests, true), true);
		ok &= report("rule pg", run(client, base, token, () -> {
			int r = random.nextInt(60);
			return "/insights/rule?rule=" + URLEncoder.encode("Rule" + r + " (job=svc" + (r % 40) + ")",
					StandardCharsets.UTF_8);
		}, requests, true), true);
		System.exit(ok ? 0 : 1);
	}

	static void signIn(HttpClient client, String base, String email, String password) throws Exception {
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		int at = login.indexOf("name=\"_csrf\"");
		String csrf = login.substring(login.indexOf("value=\"", at) + 7);
		csrf = csrf.substring(0, csrf.indexOf('"'));
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
		}
	}

	static double[] run(HttpClient client, String base, String token, Supplier<String> paths, int requests,
			boolean page) throws Exception {
		for (int i = 0; i < Math.max(10, requests / 5); i++) {
			send(client, base, token, paths.get(), page);
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			String path = paths.get();
			long start = System.nanoTime();
			send(client, base, token, path, page);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static void send(HttpClient client, String base, String token, String path, boolean page) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (!page) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
	}

	static boolean report(String name, double[] sorted, boolean target) {
		double p95 = at(sorted, 0.95);
		boolean met = !target || p95 <= 300;
		System.out.printf("%-9s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%s%n", name, sorted.length,
				at(sorted, 0.50), p95, at(sorted, 0.99), sorted[sorted.length - 1],
				target ? "  (target p95 <= 300 ms: " + (met ? "met" : "MISSED") + ")" : "  (reference)");
		return met;
	}

	static double at(double[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
	}

}
