package dev.sharpend.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub's status page for a test: a real HTTP server on loopback speaking Statuspage v2
 * that announces a two-hour maintenance of "Actions" (and one of "Git Operations", which
 * nobody maps), each named with the test's run, and the steps that have Sharpend watch it
 * with "Actions" mapped to a component "Deploys" of ours.
 */
final class UpstreamMaintenanceFixtures implements AutoCloseable {

	private final HttpServer server;

	private final AtomicReference<String> summary = new AtomicReference<>();

	private final String run;

	UpstreamMaintenanceFixtures(String run) throws IOException {
		this.run = run;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v2/summary.json", (exchange) -> {
			byte[] body = this.summary.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/** The title of the maintenance of Actions. */
	String title() {
		return "Runner image upgrade " + this.run;
	}

	/** The title of the maintenance of Git Operations, which nobody maps. */
	String unmappedTitle() {
		return "Git storage move " + this.run;
	}

	/** Has the page announce both maintenances at {@code start}, from now on. */
	void announce(Instant start) {
		this.summary.set("""
				{"page": {"id": "gh", "name": "GitHub", "url": "https://www.githubstatus.com"},
				 "status": {"indicator": "none", "description": "x"},
				 "components": [{"id": "act", "name": "Actions", "status": "operational", "group": false},
				                {"id": "git", "name": "Git Operations", "status": "operational", "group": false}],
				 "incidents": [],
				 "scheduled_maintenances": [
				   {"id": "mnt-%1$s", "name": "%4$s", "status": "scheduled",
				    "impact": "maintenance", "scheduled_for": "%2$s", "scheduled_until": "%3$s",
				    "shortlink": "https://stspg.io/mnt", "components": [{"id": "act"}]},
				   {"id": "git-%1$s", "name": "%5$s", "status": "scheduled",
				    "impact": "maintenance", "scheduled_for": "%2$s", "scheduled_until": "%3$s",
				    "components": [{"id": "git"}]}]}""".formatted(this.run, start, start.plus(Duration.ofHours(2)),
				title(), unmappedTitle()));
	}

	/**
	 * Our page "Shop" with "Deploys", GitHub announcing its maintenances at
	 * {@code start}, read once, and Actions mapped to Deploys.
	 */
	Watched watch(Api admin, ProviderPolling polling, Instant start) {
		String page = Api
			.created(
					admin.postJson("/api/v1/status-pages", Map.of("name", "Shop " + this.run, "slug", "c-" + this.run)))
			.get("id")
			.asString();
		String deploys = Api
			.created(admin.postJson("/api/v1/status-pages/" + page + "/components",
					Map.of("name", "Deploys " + this.run)))
			.get("id")
			.asString();
		announce(start);
		String provider = Api
			.created(admin.postJson("/api/v1/providers",
					Map.of("catalogue", "github", "name", "GitHub " + this.run, "statusFeed",
							"http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v2/summary.json")))
			.get("id")
			.asString();
		polling.runDue();
		Eventually.await("the maintenance read",
				() -> admin.get("/api/v1/providers/" + provider + "/events?kind=maintenance").body().contains(title()));
		Api.Response mapped = admin.sendJson("PUT", "/api/v1/providers/" + provider + "/mappings",
				List.of(Map.of("upstreamComponent", "Actions", "componentId", deploys, "rule", "note")));
		assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
		return new Watched(page, deploys);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * What {@link #watch} made.
	 *
	 * @param page our status page's id
	 * @param deploys our component's id
	 */
	record Watched(String page, String deploys) {
	}

}
