package dev.sharpend.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.Timestamps;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook subscribers, with a real HTTP receiver on loopback. */
@LoopbackIntegrationTest
class WebhookDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeliveryClaims claims;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicInteger answer = new AtomicInteger(200);

	volatile CountDownLatch hold = new CountDownLatch(0);

	NotifyFixtures fixtures;

	@BeforeEach
	void startReceiver() throws IOException {
		this.fixtures = new NotifyFixtures(this.port);
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/hook", this::receive);
		this.receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.hold.countDown();
		this.receiver.stop(0);
	}

	@Test
	void receiverGetsTheIncidentAsSignedJsonShapedLikeTheHostedProducts() throws Exception {
		JsonNode page = this.fixtures.page("Webhook page");
		JsonNode subscriber = this.fixtures.subscriber(page, Map.of("type", "webhook", "url", hookUrl()));
		String secret = subscriber.get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(this.fixtures.api().get(NotifyFixtures.path(page) + "/subscribers").body()).doesNotContain(secret);

		this.fixtures.incident(page, "Queue delays", "Messages are **late**.", null);

		Eventually.await("the receiver got the incident", () -> this.received.size() == 1);
		Received hook = this.received.get(0);
		long timestamp = Long.parseLong(hook.header("X-Sharpend-Timestamp"));
		assertThat(hook.header("X-Sharpend-Signature")).isEqualTo(Hmac.signature(secret, timestamp, hook.body()));
		assertThat(hook.header("X-Sharpend-Signature"))
			.isNotEqualTo(Hmac.signature("whsec_other", timestamp, hook.body()));
		assertThat(hook.header("X-Sharpend-Event")).isEqualTo("incident.created");
		JsonNode json = JsonMapper.builder().build().readTree(hook.body());
		assertThat(json.get("page").get("id").asString()).isEqualTo(NotifyFixtures.id(page));
		assertThat(json.get("page").get("status_indicator").asString()).isEqualTo("none");
		assertThat(json.get("incident").get("name").asString()).isEqualTo("Queue delays");
		assertThat(json.get("incident").get("status").asString()).isEqualTo("investigating");
		assertThat(json.get("incident").get("incident_updates").get(0).get("body").asString())
			.isEqualTo("Messages are **late**.");
		assertThat(json.get("meta").get("unsubscribe").asString()).contains("/unsubscribe/");
	}

	@Test
	void componentStatusChangesReachWebhookSubscribersAsComponentUpdates() {
		JsonNode page = this.fixtures.page("Component hook page");
		JsonNode api = this.fixtures.component(page, "API");
		this.fixtures.subscriber(page, Map.of("type", "webhook", "url", hookUrl()));

		Api.Response changed = this.fixtures.api()
			.sendJson("PATCH", NotifyFixtures.path(page) + "/components/" + NotifyFixtures.id(api),
					Map.of("status", "partial_outage"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

		Eventually.await("the receiver got the component update", () -> this.received.size() == 1);
		JsonNode json = JsonMapper.builder().build().readTree(this.received.get(0).body());
		assertThat(json.get("component").get("id").asString()).isEqualTo(NotifyFixtures.id(api));
		assertThat(json.get("component_update").get("old_status").asString()).isEqualTo("operational");
		assertThat(json.get("component_update").get("new_status").asString()).isEqualTo("partial_outage");
		assertThat(json.get("page").get("status_indicator").asString()).isEqualTo("major");
	}

	@Test
	void publishingAnUpdateReturnsBeforeTheReceiverHasAnswered() {
		JsonNode page = this.fixtures.page("Slow receiver page");
		this.fixtures.subscriber(page, Map.of("type", "webhook", "url", hookUrl()));
		this.hold = new CountDownLatch(1);

		this.fixtures.incident(page, "Slow receiver", "Still looking.", null);

		Eventually.await("the receiver is holding the request", () -> this.received.size() == 1);
		String delivery = this.received.get(0).header("X-Sharpend-Delivery");
		assertThat(state(delivery)).isEqualTo("PENDING");
		this.hold.countDown();
		Eventually.await("the delivery is recorded", () -> "DELIVERED".equals(state(delivery)));
	}

	@Test
	void oneReceiverGetsItsDeliveriesOneAtATimeInTheOrderTheyWereMade() {
		JsonNode page = this.fixtures.page("Ordered receiver page");
		this.fixtures.subscriber(page, Map.of("type", "webhook", "url", hookUrl()));
		this.hold = new CountDownLatch(1);
		JsonNode incident = this.fixtures.incident(page, "Ordered updates", "Investigating.", null);
		Eventually.await("the receiver is holding the first delivery", () -> this.received.size() == 1);

		this.fixtures.update(page, incident, "identified", "Found it.");
		this.fixtures.update(page, incident, "resolved", "Fixed.");

		// Senders are free (four per node), yet the later deliveries wait for the first.
		List<Delivery> claimable = this.claims.claim(this.clock.instant(), this.clock.instant().plusSeconds(60),
				"probe", 10);
		assertThat(claimable).extracting(Delivery::target).doesNotContain(hookUrl());
		assertThat(this.jdbc.sql("select count(*) from notify_delivery where target = :t and claimed_by is not null")
			.param("t", hookUrl())
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.hold.countDown();
		Eventually.await("all three arrived", () -> this.received.size() == 3);
		List<String> made = this.jdbc.sql("select id from notify_delivery where target = :t order by created_at, id")
			.param("t", hookUrl())
			.query(String.class)
			.list();
		assertThat(this.received).extracting((r) -> r.header("X-Sharpend-Delivery")).containsExactlyElementsOf(made);
	}

	@Test
	void failingReceiverIsRetriedWithGrowingBackoffAndEndsDeadForAdministrators() {
		JsonNode page = this.fixtures.page("Failing receiver page");
		this.fixtures.subscriber(page, Map.of("type", "webhook", "url", hookUrl()));
		this.answer.set(500);

		this.fixtures.incident(page, "Nobody listens", "Still looking.", null);

		Eventually.await("the first attempt", () -> this.received.size() == 1);
		String delivery = this.received.get(0).header("X-Sharpend-Delivery");
		Eventually.await("the failure is recorded", () -> "FAILED".equals(state(delivery)));
		assertThat(wait(delivery)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));

		this.clock.advance(Duration.ofSeconds(37));
		Eventually.await("the second attempt", () -> attempts(delivery) == 2);
		assertThat(wait(delivery)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
		assertThat(this.received).hasSize(2);

		this.clock.advance(Duration.ofSeconds(73));
		Eventually.await("the delivery is dead", () -> "DEAD".equals(state(delivery)));
		assertThat(this.received).hasSize(3);
		String admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/admin/smtp")
			.body();
		assertThat(admin).contains(delivery).contains("The receiver answered HTTP 500.");
	}

	private String hookUrl() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook";
	}

	private void receive(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.received.add(new Received(exchange.getRequestHeaders()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap((e) -> e.getKey().toLowerCase(), (e) -> e.getValue().get(0))),
				body));
		try {
			this.hold.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		exchange.sendResponseHeaders(this.answer.get(), -1);
		exchange.close();
	}

	private String state(String delivery) {
		return this.jdbc.sql("select state from notify_delivery where id = :id")
			.param("id", delivery)
			.query(String.class)
			.single();
	}

	private int attempts(String delivery) {
		return this.jdbc.sql("select attempts from notify_delivery where id = :id")
			.param("id", delivery)
			.query(Integer.class)
			.single();
	}

	/** How long the worker waits before the next attempt, as recorded. */
	private Duration wait(String delivery) {
		return this.jdbc.sql("select last_attempt_at, next_attempt_at from notify_delivery where id = :id")
			.param("id", delivery)
			.query((rs, row) -> Duration.between(Timestamps.fromColumn(rs, "last_attempt_at"),
					Timestamps.fromColumn(rs, "next_attempt_at")))
			.single();
	}

	record Received(Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

}
