package dev.sharpend.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;

import static dev.sharpend.test.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Providers' status pages read from a server in the test speaking Statuspage v2, on a
 * clock that stands still until the test moves it: a read stores the components and the
 * open incident and publishes the change; an unchanged page costs a 304; every
 * misbehaving page leaves its provider "unknown since …" with the reason logged, while
 * the other providers on the same tick are read, within the timeout.
 */
@SharpendIntegrationTest
@Import(ProviderPollingIntegrationTests.Recorder.class)
@TestPropertySource(properties = { "sharpend.provider.allow-private-targets=true", "sharpend.provider.timeout=PT1S",
		"sharpend.provider.poll-tick=PT1H" })
class ProviderPollingIntegrationTests {

	static final StatusPageServer pages = new StatusPageServer();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProviderPolling polling;

	@Autowired
	Recorder recorder;

	@AfterAll
	static void stop() {
		pages.close();
	}

	@Test
	void readsAStatuspageSummaryStoresItsComponentsAndIncidentAndPublishesTheChange() {
		String name = "forge" + System.nanoTime();
		StatusPageServer.Page page = pages.page(name, "API Requests", "Actions")
			.set("Actions", "partial_outage")
			.incident("Elevated error rates", "major");
		String id = add(name, pages.feed(name), null);

		Instant first = poll();
		JsonNode status = status(id);
		assertThat(status.get("status").asString()).isEqualTo("partial_outage");
		assertThat(status.get("since").asString()).isEqualTo(first.toString());
		assertThat(status.get("lastReadAt").asString()).isEqualTo(first.toString());
		assertThat(status.get("format").asString()).isEqualTo("statuspage");
		assertThat(status.has("lastError")).isFalse();
		assertThat(status.get("components")
			.valueStream()
			.map((c) -> c.get("name").asString() + "=" + c.get("status").asString() + "@" + c.get("since").asString()))
			.containsExactly("API Requests=operational@" + first, "Actions=partial_outage@" + first);
		JsonNode incident = status.get("activeEvents").get(0);
		assertThat(incident.get("title").asString()).isEqualTo("Elevated error rates");
		assertThat(incident.get("kind").asString()).isEqualTo("incident");
		assertThat(incident.get("impact").asString()).isEqualTo("major");
		assertThat(incident.get("components").get(0).asString()).isEqualTo("Actions");
		assertThat(incident.get("lastUpdate").asString()).isEqualTo("We are investigating.");
		assertThat(admin().get("/api/v1/providers/" + id).json().get("status").get("format").asString())
			.as("the detected format is kept in the register")
			.isEqualTo("statuspage");

		UpstreamStatusChanged opened = this.recorder.changes(id).get(0);
		assertThat(opened.providerName()).isEqualTo(name);
		assertThat(opened.from()).isEqualTo(UpstreamStatus.UNKNOWN);
		assertThat(opened.to()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
		assertThat(opened.activeIncidentTitle()).isEqualTo("Elevated error rates");
		assertThat(opened.components())
			.contains(new UpstreamComponentChange("Actions", UpstreamStatus.UNKNOWN, UpstreamStatus.PARTIAL_OUTAGE));
		assertThat(this.recorder.events(id, UpstreamEventOpened.class)).hasSize(1);

		page.set("Actions", "operational").resolved();
		this.clock.advance(Duration.ofMinutes(5));
		Instant second = poll();
		JsonNode recovered = status(id);
		assertThat(recovered.get("status").asString()).isEqualTo("operational");
		assertThat(recovered.get("since").asString()).isEqualTo(second.toString());
		assertThat(recovered.get("activeEvents").isEmpty()).isTrue();
		UpstreamStatusChanged back = this.recorder.changes(id).get(1);
		assertThat(back.from()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
		assertThat(back.to()).isEqualTo(UpstreamStatus.OPERATIONAL);
		assertThat(back.components()).containsExactly(
				new UpstreamComponentChange("Actions", UpstreamStatus.PARTIAL_OUTAGE, UpstreamStatus.OPERATIONAL));
		UpstreamEventResolved resolved = this.recorder.events(id, UpstreamEventResolved.class).get(0);
		assertThat(resolved.event().endedAt()).isEqualTo(second);

		JsonNode events = admin().get("/api/v1/providers/" + id + "/events?kind=incident&size=10").json();
		assertThat(events.get("total").asLong()).isEqualTo(1);
		assertThat(events.get("items").get(0).get("state").asString()).isEqualTo("resolved");
		assertThat(events.get("items").get(0).get("endedAt").asString()).isEqualTo(second.toString());
		assertThat(page.reads()).isEqualTo(2);
	}

	@Test
	void asksWithTheLastValidatorsAndChangesNothingOnA304() {
		String name = "etags" + System.nanoTime();
		StatusPageServer.Page page = pages.page(name, "Database").withEtags();
		String id = add(name, pages.feed(name), null);
		Instant first = poll();
		this.clock.advance(Duration.ofMinutes(5));
		Instant second = poll();

		assertThat(page.sentEtags()).containsExactly("-", "\"v1\"");
		JsonNode status = status(id);
		assertThat(status.get("status").asString()).isEqualTo("operational");
		assertThat(status.get("since").asString()).isEqualTo(first.toString());
		assertThat(status.get("lastReadAt").asString()).isEqualTo(second.toString());
		assertThat(status.get("components").get(0).get("since").asString()).isEqualTo(first.toString());
		assertThat(this.recorder.changes(id)).hasSize(1);
	}

	@Test
	void aPageThatCannotBeReadLeavesItsProviderUnknownWhileTheOthersAreReadWithinTheTimeout() {
		String run = Long.toString(System.nanoTime());
		StatusPageServer.Page healthy = pages.page("healthy" + run, "Queues");
		StatusPageServer.Page flaky = pages.page("flaky" + run, "Logs");
		String healthyId = add("healthy " + run, pages.feed("healthy" + run), null);
		String flakyId = add("flaky " + run, pages.feed("flaky" + run), null);
		Instant before = poll();
		assertThat(status(flakyId).get("status").asString()).isEqualTo("operational");

		Map<String, String> faulty = new HashMap<>();
		for (String fault : StatusPageServer.FAULTS) {
			faulty.put(fault, add(fault + " " + run, pages.fault(fault), fault.equals("html") ? "statuspage" : null));
		}
		Api.Response moved = admin().sendJson("PATCH", "/api/v1/providers/" + flakyId,
				Map.of("statusFeed", pages.fault("error")));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(5));
		// Every fault is met on one tick; all of them together take no longer than the
		// slowest read's timeout, so no reader waited past it.
		CompletableFuture<Void> tick = CompletableFuture.runAsync(this.polling::runDue);
		Eventually.waiting("the tick with every fault", Duration.ofSeconds(4)).until(tick::isDone);
		Instant failedAt = this.clock.instant();

		assertThat(status(healthyId).get("status").asString()).isEqualTo("operational");
		assertThat(healthy.reads()).isEqualTo(2);
		Map<String, String> expected = Map.of("slow", "did not answer in full within 1 s", "error", "HTTP 500", "html",
				"answered with an HTML page", "huge", "more than 4 MB", "loop", "redirected more than 5 times",
				"invalid-xml", "it is no RSS or Atom feed", "dtd", "it declares a DOCTYPE, which is refused");
		expected.forEach((fault, reason) -> {
			JsonNode status = status(faulty.get(fault));
			assertThat(status.get("status").asString()).as(fault).isEqualTo("unknown");
			assertThat(Instant.parse(status.get("since").asString())).as(fault).isBetween(before, failedAt);
			assertThat(status.get("lastError").asString()).as(fault).contains(reason);
			assertThat(status.get("faults").get(0).get("message").asString()).as(fault).contains(reason);
		});

		JsonNode flakyStatus = status(flakyId);
		assertThat(flakyStatus.get("status").asString()).isEqualTo("unknown");
		Instant since = Instant.parse(flakyStatus.get("since").asString());
		assertThat(since).isAfter(before);
		assertThat(flakyStatus.get("components").get(0).get("status").asString()).isEqualTo("unknown");
		assertThat(flakyStatus.get("components").get(0).get("since").asString()).isEqualTo(since.toString());
		assertThat(flakyStatus.get("lastReadAt").asString()).isEqualTo(before.toString());
		UpstreamStatusChanged unknown = this.recorder.changes(flakyId).get(1);
		assertThat(unknown.to()).isEqualTo(UpstreamStatus.UNKNOWN);
		assertThat(unknown.components())
			.containsExactly(new UpstreamComponentChange("Logs", UpstreamStatus.OPERATIONAL, UpstreamStatus.UNKNOWN));
		assertThat(flaky.reads()).isEqualTo(1);
	}

	@Test
	void refusesAnIntervalUnderAMinuteAndAnswers404ForAnUnknownProvider() {
		String id = add("interval" + System.nanoTime(), pages.feed("none"), null);
		assertRefused(admin().sendJson("PATCH", "/api/v1/providers/" + id, Map.of("statusPollIntervalSeconds", 30)),
				"statusPollIntervalSeconds", "every 60 to 86400 seconds");
		JsonNode changed = admin()
			.sendJson("PATCH", "/api/v1/providers/" + id, Map.of("statusPollIntervalSeconds", 120))
			.json();
		assertThat(changed.get("status").get("pollIntervalSeconds").asLong()).isEqualTo(120);
		Api.Response missing = admin().get("/api/v1/providers/00000000-0000-0000-0000-000000000000/status");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(admin().get("/api/v1/providers/00000000-0000-0000-0000-000000000000/events").status())
			.isEqualTo(404);
		JsonNode unread = status(id);
		assertThat(unread.get("status").asString()).isEqualTo("unknown");
		assertThat(unread.get("watched").asBoolean()).isTrue();
	}

	/** Runs one tick and returns the time it ran at (the clock stands still). */
	private Instant poll() {
		this.polling.runDue();
		return this.clock.instant();
	}

	private String add(String name, String feed, String format) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "other", "statusFeed", feed));
		if (format != null) {
			body.put("statusFormat", format);
		}
		return Api.created(admin().postJson("/api/v1/providers", body)).get("id").asString();
	}

	private JsonNode status(String id) {
		Api.Response response = admin().get("/api/v1/providers/" + id + "/status");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	/** Keeps what the poller published, once each storing transaction has committed. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recorder {

		private final List<Object> published = new CopyOnWriteArrayList<>();

		@Bean
		@Primary
		MovableClock stoppedClock() {
			return MovableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

		@TransactionalEventListener
		void on(UpstreamStatusChanged event) {
			this.published.add(event);
		}

		@TransactionalEventListener
		void on(UpstreamEventOpened event) {
			this.published.add(event);
		}

		@TransactionalEventListener
		void on(UpstreamEventResolved event) {
			this.published.add(event);
		}

		List<UpstreamStatusChanged> changes(String provider) {
			return events(provider, UpstreamStatusChanged.class);
		}

		<T> List<T> events(String provider, Class<T> type) {
			return this.published.stream()
				.filter(type::isInstance)
				.map(type::cast)
				.filter((e) -> provider.equals(providerOf(e).toString()))
				.toList();
		}

		private static ProviderId providerOf(Object event) {
			if (event instanceof UpstreamStatusChanged changed) {
				return changed.provider();
			}
			if (event instanceof UpstreamEventOpened opened) {
				return opened.provider();
			}
			return ((UpstreamEventResolved) event).provider();
		}

	}

}
