package dev.sharpend.oncall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy's acknowledgement timeout: an acknowledged group that nobody resolves returns
 * to triggered when the timeout passes and pages again from step 1, once, on the moved
 * clock.
 */
@LoopbackIntegrationTest
class AcknowledgementTimeoutIntegrationTests {

	private static final Duration DELAY = Duration.ofMinutes(5);

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private static final String POLICIES = "/api/v1/escalation-policies";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext application;

	@Autowired
	PagingPoller poller;

	PagingFixtures fixtures;

	Api admin;

	User alice;

	User bob;

	PolicyId policy;

	PagingFixtures.Hook hook;

	@BeforeEach
	void aliceThenBobWithAThirtyMinuteTimeout() {
		this.admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		this.fixtures = PagingFixtures.of(this.port, this.application);
		PagingFixtures.AliceThenBob paging = this.fixtures.aliceThenBob(smtp, DELAY);
		this.alice = paging.alice();
		this.bob = paging.bob();
		this.policy = paging.policy();
		this.hook = paging.hook();
		Api.Response timed = this.admin.sendJson("PUT", POLICIES + "/" + this.policy, body((int) TIMEOUT.toMinutes()));
		assertThat(timed.status()).as(timed.toString()).isEqualTo(200);
		assertThat(timed.json().get("acknowledgeTimeoutMinutes").asInt()).isEqualTo(30);
		assertThat(timed.json().get("preview").asString())
			.endsWith("An acknowledgement times out after 30 min unless the group resolves; then paging starts over "
					+ "at step 1.");
	}

	@Test
	void anAcknowledgementNobodyFollowsUpPagesAgainFromStepOneOnTheIncidentTimeline() {
		this.fixtures.fire(this.hook, "Backlog");
		long group = this.fixtures.group(this.hook, "Backlog");
		mails(this.alice, 1);
		long incident = declareIncident(group);
		Eventually.await("the acknowledgement armed its timeout", () -> timeoutArmed(group));

		this.clock.advance(TIMEOUT.minusMinutes(1));
		this.poller.runDue();
		assertThat(status(group)).isEqualTo("acknowledged");
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1");

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		Eventually.await("the group triggered again", () -> "triggered".equals(status(group)));
		assertThat(mails(this.alice, 2)).hasSize(2);
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1", "Alice Smith/1");
		assertThat(panel(group))
			.contains("Acknowledgement by " + TestKeys.ADMIN_EMAIL + " timed out after 30 min; paging again.");
		Eventually.await("the timeout on the incident's timeline",
				() -> this.admin.get("/api/v1/incidents/" + incident + "/timeline?size=100")
					.body()
					.contains("Alert group #" + group + " (Backlog): acknowledgement by " + TestKeys.ADMIN_EMAIL
							+ " timed out after 30 min; paging again."));

		this.clock.advance(DELAY.plusSeconds(1));
		assertThat(mails(this.bob, 1)).as("escalation went on to step 2").hasSize(1);
	}

	@Test
	void aGroupAcknowledgedAgainOrResolvedIsLeftAlone() {
		this.fixtures.fire(this.hook, "Cache");
		long group = this.fixtures.group(this.hook, "Cache");
		mails(this.alice, 1);
		acknowledge(group);
		Eventually.await("the acknowledgement armed its timeout", () -> timeoutArmed(group));
		this.clock.advance(TIMEOUT.plusSeconds(1));
		Eventually.await("the group triggered again", () -> "triggered".equals(status(group)));
		mails(this.alice, 2);

		acknowledge(group);
		Eventually.await("the new acknowledgement armed its timeout", () -> timeoutArmed(group));
		this.clock.advance(DELAY.plusSeconds(1));
		this.poller.runDue();
		assertThat(status(group)).as("the new acknowledgement holds its own 30 min").isEqualTo("acknowledged");
		assertThat(this.admin.postJson("/api/v1/alert-groups/" + group + "/resolve", Map.of()).status()).isEqualTo(200);

		this.clock.advance(TIMEOUT.plusSeconds(1));
		this.poller.runDue();
		assertThat(status(group)).isEqualTo("resolved");
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1", "Alice Smith/1");
		assertThat(smtp.getReceivedMessagesForDomain(this.bob.email())).isEmpty();
	}

	@Test
	void aTimeoutFiresOnceWhenPollersRace() {
		this.fixtures.fire(this.hook, "Race");
		long group = this.fixtures.group(this.hook, "Race");
		mails(this.alice, 1);
		acknowledge(group);
		Eventually.await("the acknowledgement armed its timeout", () -> timeoutArmed(group));

		this.clock.advance(TIMEOUT.plusSeconds(1));
		List<CompletableFuture<Void>> pollers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			pollers.add(CompletableFuture.runAsync(this.poller::runDue));
		}
		CompletableFuture.allOf(pollers.toArray(CompletableFuture[]::new)).join();
		Eventually.await("Alice paged again", () -> this.fixtures.pages(group).size() == 2);
		this.poller.runDue();
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1", "Alice Smith/1");
		assertThat(this.jdbc.sql("select count(*) from oncall_acknowledge_timeout where group_id = :g")
			.param("g", group)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(auditActions(group)).containsOnlyOnce("alert_group.unacknowledged");
	}

	@Test
	void refusesATimeoutOutsideOneMinuteToADayNamingTheField() {
		for (int minutes : new int[] { 0, 1441 }) {
			Api.Response refused = this.admin.sendJson("PUT", POLICIES + "/" + this.policy, body(minutes));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			JsonNode error = refused.json().get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("acknowledgeTimeoutMinutes");
			assertThat(error.get("message").asString()).contains("1 to 1440 minutes");
		}
		assertThat(this.admin.get(POLICIES + "/" + this.policy).json().get("acknowledgeTimeoutMinutes").asInt())
			.isEqualTo(30);
		Map<String, Object> off = body(30);
		off.remove("acknowledgeTimeoutMinutes");
		JsonNode saved = this.admin.sendJson("PUT", POLICIES + "/" + this.policy, off).json();
		assertThat(saved.path("acknowledgeTimeoutMinutes").isMissingNode()
				|| saved.path("acknowledgeTimeoutMinutes").isNull())
			.as(saved.toString())
			.isTrue();
		assertThat(saved.get("preview").asString()).doesNotContain("times out");
	}

	private Map<String, Object> body(int timeoutMinutes) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Timed " + OnCallFixtures.suffix());
		body.put("repeat", 0);
		body.put("acknowledgeTimeoutMinutes", timeoutMinutes);
		body.put("steps",
				List.of(Map.of("delayMinutes", 5, "targets",
						List.of(Map.of("type", "user", "id", this.alice.id().value().toString()))),
						Map.of("delayMinutes", 5, "targets",
								List.of(Map.of("type", "user", "id", this.bob.id().value().toString())))));
		return body;
	}

	private long declareIncident(long group) {
		Api.Response declared = this.admin.postJson("/api/v1/incidents",
				Map.of("title", "Backlog growing", "alertGroups", List.of(group)));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		assertThat(status(group)).isEqualTo("acknowledged");
		return declared.json().get("number").asLong();
	}

	private void acknowledge(long group) {
		Api.Response acknowledged = this.admin.postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of());
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
	}

	private boolean timeoutArmed(long group) {
		return this.jdbc.sql("""
				select count(*) from oncall_escalation_run where group_id = :g and state = 'acknowledged'
				and acknowledge_timeout_at is not null""").param("g", group).query(Integer.class).single() == 1;
	}

	private List<String> auditActions(long group) {
		return this.jdbc.sql("select action from audit_event where target_type = 'alert_group' and target_id = :g")
			.param("g", String.valueOf(group))
			.query(String.class)
			.list();
	}

	private String status(long group) {
		return this.fixtures.status(group);
	}

	private String panel(long group) {
		return this.fixtures.panel(group);
	}

	private static List<MimeMessage> mails(User person, int atLeast) {
		return PagingFixtures.mails(smtp, person, atLeast);
	}

}
