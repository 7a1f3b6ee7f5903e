package dev.sharpend.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team maps GitHub's "Actions" to its own "Deploys" with automatic degradation: when
 * GitHub's page reports an outage, Deploys takes a status under the cap, the open
 * incident on Deploys records it, a person's override holds until GitHub's next change,
 * and the report counts the hours both were unwell. The page is a real HTTP server on
 * loopback speaking Statuspage v2; polls run when the test moves the clock past the
 * interval.
 */
@LoopbackIntegrationTest
class ProviderMappingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProviderPolling polling;

	HttpServer server;

	final AtomicReference<String> summary = new AtomicReference<>();

	Instant incidentOpened;

	Instant maintenanceFrom;

	@BeforeEach
	void startStatusPage() throws IOException {
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

	@AfterEach
	void stopStatusPage() {
		this.server.stop(0);
	}

	@Test
	void aMappedProviderOutageDegradesOurComponentUnderItsCapAndReachesTheOpenIncident() {
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String page = Api
			.created(api.postJson("/api/v1/status-pages", Map.of("name", "Shop " + run, "slug", "m-" + run)))
			.get("id")
			.asString();
		String deploys = Api
			.created(api.postJson("/api/v1/status-pages/" + page + "/components", Map.of("name", "Deploys")))
			.get("id")
			.asString();
		long incident = Api
			.created(api.postJson("/api/v1/incidents",
					Map.of("title", "Deploys stuck " + run, "components", List.of(deploys))))
			.get("number")
			.asLong();
		this.summary.set(summary("operational", null));
		String provider = Api
			.created(api.postJson("/api/v1/providers",
					Map.of("catalogue", "github", "name", "GitHub " + run, "statusFeed",
							"http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v2/summary.json")))
			.get("id")
			.asString();
		this.polling.runDue();
		Eventually.await("Actions discovered",
				() -> api.get("/api/v1/providers/" + provider + "/status").body().contains("\"Actions\""));

		String integration = Api
			.created(api.postJson("/api/v1/integrations", Map.of("name", "Upstream " + run, "type", "provider")))
			.get("id")
			.asString();
		this.maintenanceFrom = this.clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		JsonNode mapped = api
			.sendJson("PUT", "/api/v1/providers/" + provider + "/mappings",
					List.of(Map.of("upstreamComponent", "Actions", "componentId", deploys, "rule", "degrade")))
			.json();
		assertThat(mapped.get(0).get("cap").asString()).isEqualTo("partial_outage");

		// GitHub reports a major outage of Actions: Deploys goes no further than the cap
		pollNow("major_outage", "Actions runs are delayed");
		Eventually.await("Deploys follows Actions", () -> "partial_outage".equals(status(api, page, deploys)));
		Eventually.await("the incident's timeline records it",
				() -> timeline(api, incident).stream()
					.anyMatch((e) -> e.startsWith("upstream: Upstream: GitHub " + run + " · Actions is major outage")
							&& e.contains("Actions runs are delayed")));
		Eventually.await("an alert through the provider integration",
				() -> "firing".equals(providerAlert(api, integration, "GitHub " + run)));
		JsonNode note = api.get("/api/v1/provider-notes?component=" + deploys).json().get(0);
		assertThat(note.get("status").asString()).isEqualTo("major_outage");
		assertThat(note.get("upstreamIncident").asString()).isEqualTo("Actions runs are delayed");
		Api person = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(person.getHtml("/providers/notes?component=" + deploys).body()).contains("GitHub " + run)
			.contains("Actions runs are delayed")
			.contains("subscribers were not notified")
			.contains("Runner image upgrade")
			.contains("touches <span>Deploys</span>");
		// the start page reminds of the maintenance before it starts
		assertThat(person.getHtml("/home").body()).contains("Runner image upgrade").containsPattern("starts in \\d+");

		// a person says Deploys is fine after all: that holds until GitHub's next change
		api.sendJson("PATCH", "/api/v1/status-pages/" + page + "/components/" + deploys,
				Map.of("status", "operational"));
		Eventually.await("the override is noted",
				() -> api.get("/api/v1/provider-notes?component=" + deploys)
					.json()
					.get(0)
					.get("overridden")
					.asBoolean());
		this.clock.advance(Duration.ofMinutes(30));
		pollNow("partial_outage", "Actions runs are delayed");
		Eventually.await("the next change ends the override",
				() -> "partial_outage".equals(status(api, page, deploys)));

		// GitHub recovers: Deploys gets its status back
		this.clock.advance(Duration.ofMinutes(30));
		pollNow("operational", null);
		Eventually.await("Deploys recovers", () -> "operational".equals(status(api, page, deploys)));
		assertThat(api.get("/api/v1/provider-notes?component=" + deploys).json().size()).isZero();
		Eventually.await("the provider alert resolves",
				() -> "resolved".equals(providerAlert(api, integration, "GitHub " + run)));

		// the incident on Deploys was declared before GitHub's page said anything
		assertThat(person.getHtml("/response/providers/" + provider + "/accuracy").body())
			.contains("Actions runs are delayed")
			.containsPattern("\\d+ min after our first signal")
			.contains("INC-" + incident);

		JsonNode month = api.get("/api/v1/providers/" + provider + "/report").json().get("windows").get(0);
		assertThat(month.get("days").asInt()).isEqualTo(30);
		assertThat(month.get("providerUnwellSeconds").asLong()).as("72 minutes of outage on GitHub's page")
			.isBetween(72 * 60L, 74 * 60L);
		assertThat(month.get("componentsUnwellMeanwhileSeconds").asLong())
			.as("Deploys was down for the last 36 minutes, not while a person overrode it")
			.isBetween(36 * 60L, 38 * 60L);
	}

	@Test
	void refusesMappingsToUnknownComponentsAndCapsThatAreNoOutage() {
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String provider = Api
			.created(api.postJson("/api/v1/providers", Map.of("name", "Queue " + UUID.randomUUID(), "kind", "queue")))
			.get("id")
			.asString();
		Api.Response unknown = api.sendJson("PUT", "/api/v1/providers/" + provider + "/mappings",
				List.of(Map.of("upstreamComponent", "SQS", "componentId", "nosuch1", "rule", "degrade")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("There is no component nosuch1");
		assertThat(api.get("/api/v1/providers/" + provider + "/mappings").json().size()).isZero();
		Api.Response rule = api.sendJson("PUT", "/api/v1/providers/" + provider + "/mappings",
				List.of(Map.of("upstreamComponent", "SQS", "componentId", "nosuch1", "rule", "panic")));
		assertThat(rule.status()).isEqualTo(400);
		assertThat(api.sendJson("PUT", "/api/v1/provider-overrides/nosuch1", Map.of("locked", true)).status())
			.isEqualTo(409);
	}

	/**
	 * Moves past the poll interval, then has the page say what is given (an incident
	 * opened now, the first time) and polls.
	 */
	private void pollNow(String actions, String incident) {
		this.clock.advance(Duration.ofMinutes(6));
		if (incident != null && this.incidentOpened == null) {
			this.incidentOpened = this.clock.instant();
		}
		this.summary.set(summary(actions, incident));
		this.polling.runDue();
	}

	private String summary(String actions, String incident) {
		String incidents = (incident == null) ? "[]" : """
				[{"id": "inc1", "name": "%s", "status": "investigating", "impact": "major",
				  "created_at": "%s", "components": [{"id": "act"}]}]""".formatted(incident, this.incidentOpened);
		return """
				{"page": {"id": "gh", "name": "GitHub", "url": "https://www.githubstatus.com"},
				 "status": {"indicator": "none", "description": "x"},
				 "components": [{"id": "act", "name": "Actions", "status": "%s", "group": false},
				                {"id": "git", "name": "Git Operations", "status": "operational", "group": false}],
				 "incidents": %s, "scheduled_maintenances": %s}""".formatted(actions, incidents, maintenances());
	}

	/** A maintenance of Actions planned for tomorrow, once announced. */
	private String maintenances() {
		if (this.maintenanceFrom == null) {
			return "[]";
		}
		return """
				[{"id": "mnt1", "name": "Runner image upgrade", "status": "scheduled", "impact": "maintenance",
				  "scheduled_for": "%s", "scheduled_until": "%s", "components": [{"id": "act"}]}]"""
			.formatted(this.maintenanceFrom, this.maintenanceFrom.plus(Duration.ofHours(2)));
	}

	/**
	 * The status of the alert Sharpend raised on the integration for the provider, null
	 * for none.
	 */
	private static String providerAlert(Api api, String integration, String provider) {
		return api.get("/api/v1/alerts?size=200")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("integrationId").asString().equals(integration)
					&& provider.equals(a.get("labels").get("provider").asString()))
			.map((a) -> a.get("status").asString())
			.findFirst()
			.orElse(null);
	}

	private static String status(Api api, String page, String component) {
		return api.get("/api/v1/status-pages/" + page + "/components/" + component).json().get("status").asString();
	}

	private static List<String> timeline(Api api, long incident) {
		return api.get("/api/v1/incidents/" + incident + "/timeline?size=100")
			.json()
			.get("items")
			.valueStream()
			.map((e) -> e.get("kind").asString() + ": " + e.get("body").asString())
			.toList();
	}

}
