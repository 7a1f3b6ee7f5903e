import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-node freshness: makes CHANGES changes on node A and times, for each, how long until
 * node B shows it, from just before A is sent the change:
 * <ul>
 * <li>status page: B's public summary.json (read in a tight loop) names the component's new
 * status;</li>
 * <li>incident page: a signed-in incident page open on B has fetched its live parts with the
 * new timeline entry, waiting the way the page's script does (the long-poll wait, or with
 * "poll" only the page's 2 s poll, the fallback when signals are off).</li>
 * </ul>
 * Prints p50/p95/max for each and exits 1 when a p95 is above the target (unless "poll").
 *
 * Usage: java Measure.java <base A> <base B> <token> <email> <password> <changes> <wait|poll> <target ms>
 */
public class Measure {

	public static void main(String[] args) throws Exception {
		String a = args[0];
		String b = args[1];
		String token = args[2];
		int changes = Integer.parseInt(args[5]);
		boolean poll = args[6].equals("poll");
		double target = Double.parseDouble(args[7]);
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(browser, b, args[3], args[4]);

		String page = id(send(client, "POST", a + "/api/v1/status-pages", token,
				"{\"name\":\"Freshness\",\"slug\":\"freshness-" + System.nanoTime() + "\"}"));
		String slug = field(send(client, "GET", a + "/api/v1/status-pages/" + page, token, null), "slug");
		String component = id(send(client, "POST", a + "/api/v1/status-pages/" + page + "/components", token,
				"{\"name\":\"API\"}"));
		String summary = b + "/p/" + slug + "/api/v2/summary.json";
		until(client, summary, "\"operational\"", 30_000);
		String[] statuses = { "degraded_performance", "partial_outage", "major_outage", "operational" };
		double[] pages = new double[changes];
		for (int i = 0; i < changes; i++) {
			String status = statuses[i % statuses.length];
			long start = System.nanoTime();
			send(client, "PATCH", a + "/api/v1/status-pages/" + page + "/components/" + component, token,
					"{\"status\":\"" + status + "\"}");
			until(client, summary, "\"status\":\"" + status + "\"", 10_000);
			pages[i] = (System.nanoTime() - start) / 1e6;
		}

		long number = Long.parseLong(field(send(client, "POST", a + "/api/v1/incidents", token,
				"{\"title\":\"Freshness\",\"severity\":\"SEV3\"}"), "number"));
		String incidentPage = b + "/response/incidents/INC-" + number;
		double[] incidents = new double[changes];
		for (int i = 0; i < changes; i++) {
			String html = get(browser, incidentPage).body();
			String version = attribute(html, "data-version");
			String wait = b + attribute(html, "data-wait").replace("&amp;", "&");
			String live = b + "/response/incidents/INC-" + number + "/live?since=" + version;
			String entry = "entry-" + i;
			CompletableFuture<HttpResponse<String>> waiting = poll ? null
					: browser.sendAsync(HttpRequest.newBuilder(URI.create(wait)).build(),
							HttpResponse.BodyHandlers.ofString());
			// The page's 2 s poll runs at some phase of its own against the change.
			long phase = (long) (Math.random() * 2000);
			Thread.sleep(50);
			long start = System.nanoTime();
			send(client, "POST", a + "/api/v1/incidents/" + number + "/timeline", token,
					"{\"kind\":\"observation\",\"body\":\"" + entry + "\"}");
			if (poll) {
				long next = phase;
				while (true) {
					long now = (System.nanoTime() - start) / 1_000_000;
					if (now < next) {
						Thread.sleep(next - now);
					}
					HttpResponse<String> fragment = get(browser, live);
					if (fragment.statusCode() == 200 && fragment.body().contains(entry)) {
						break;
					}
					next += 2000;
				}
			}
			else {
				int answer = waiting.get().statusCode();
				if (answer != 200) {
					throw new IllegalStateException("the wait answered " + answer);
				}
				HttpResponse<String> fragment = get(browser, live);
				if (!fragment.body().contains(entry)) {
					throw new IllegalStateException("the live parts lack the new entry");
				}
			}
			incidents[i] = (System.nanoTime() - start) / 1e6;
		}
		boolean ok = report("status page (summary.json on B)", pages, target, poll);
		ok &= report("incident page (live parts on B)", incidents, target, poll);
		System.exit(ok ? 0 : 1);
	}

	static boolean report(String what, double[] millis, double target, boolean poll) {
		Arrays.sort(millis);
		double p95 = millis[(int) Math.ceil(millis.length * 0.95) - 1];
		boolean ok = poll || p95 <= target;
		System.out.printf("%-36s changes %d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  %s%n", what, millis.length,
				millis[(int) Math.ceil(millis.length * 0.5) - 1], p95, millis[millis.length - 1],
				poll ? "(reference)" : (ok ? "ok (target p95 <= " + (int) target + " ms)" : "MISSED (target p95 <= " + (int) target + " ms)"));
		return ok;
	}

	static void until(HttpClient client, String url, String expected, long timeoutMillis) throws Exception {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!get(client, url).body().contains(expected)) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException(url + " never showed " + expected);
			}
		}
	}

	static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String send(HttpClient client, String method, String url, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
		if (json == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String id(String json) {
		return field(json, "id");
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static String attribute(String html, String name) {
		Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " on the incident page");
		}
		return m.group(1);
	}

	static void signIn(HttpClient client, String base, String email, String password) throws Exception {
		String login = get(client, base + "/login").body();
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

}
