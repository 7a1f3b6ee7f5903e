package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.User;
import dev.sharpend.incident.AlertGroupsAttached;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group paged and acknowledged before anyone declared an incident brings that history
 * to the incident's timeline, dated when it happened, once.
 */
@LoopbackIntegrationTest
class PagingBeforeIncidentIntegrationTests {

	private static final Duration DELAY = Duration.ofMinutes(5);

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
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anIncidentDeclaredLaterGetsTheEarlierPagesAndAcknowledgementOnce() {
		PagingFixtures fixtures = PagingFixtures.of(this.port, this.application);
		PagingFixtures.AliceThenBob paging = fixtures.aliceThenBob(smtp, DELAY);
		User alice = paging.alice();
		User bob = paging.bob();
		PagingFixtures.Hook hook = paging.hook();
		fixtures.fire(hook, "Lag");
		long group = fixtures.group(hook, "Lag");
		PagingFixtures.mails(smtp, alice, 1);
		this.clock.advance(DELAY.plusSeconds(1));
		PagingFixtures.mails(smtp, bob, 1);
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		assertThat(admin.postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of()).status()).isEqualTo(200);
		Eventually.await("the escalation stopped", () -> fixtures.escalation(group).equals("acknowledged"));
		this.clock.advance(Duration.ofMinutes(1));

		Api.Response declared = admin.postJson("/api/v1/incidents",
				Map.of("title", "Replication lag", "alertGroups", List.of(group)));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		long incident = declared.json().get("number").asLong();
		String subject = "alert group #" + group + " (Lag)";
		List<String> expected = List.of("Paged Alice Smith (step 1) for " + subject + ".",
				"Paged Bob Jones (step 2) for " + subject + ".",
				"Alert group #" + group + " (Lag) acknowledged by " + TestKeys.ADMIN_EMAIL + "; escalation stopped.");
		Eventually.await("the earlier paging on the timeline", () -> paging(admin, incident).size() == 3);
		assertThat(paging(admin, incident)).containsExactlyElementsOf(expected);

		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (int i = 0; i < 2; i++) {
			transaction.executeWithoutResult((status) -> this.events
				.publishEvent(new AlertGroupsAttached(incident, List.of(group), TestKeys.ADMIN_EMAIL, Instant.now())));
		}
		Eventually.await("the repeated attachments handled",
				() -> this.jdbc.sql("""
						select count(*) from event_publication where listener_id like '%EarlierPagingRecords%'""")
					.query(Integer.class)
					.single() == 0);
		assertThat(paging(admin, incident)).containsExactlyElementsOf(expected);
	}

	/** The timeline's paging entries in the order they happened. */
	private static List<String> paging(Api admin, long incident) {
		List<String> bodies = new ArrayList<>();
		for (JsonNode entry : admin.get("/api/v1/incidents/" + incident + "/timeline").json().get("items")) {
			String body = entry.get("body").asString();
			if (body.startsWith("Paged ") || body.contains("; escalation stopped.")) {
				bodies.add(body);
			}
		}
		return bodies;
	}

}
