package dev.sharpend.oncall;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Mails;
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
 * A triggered alert group pages people by its route's escalation policy: e-mail arrives
 * at a real SMTP server (GreenMail) with signed links, and the clock is moved rather than
 * waited for.
 */
@LoopbackIntegrationTest
class PagingIntegrationTests {

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
	PagingPoller poller;

	@Autowired
	PageLinks links;

	PagingFixtures fixtures;

	User alice;

	User bob;

	PagingFixtures.Hook hook;

	PolicyId policy;

	@BeforeEach
	void twoStepsAliceThenBob() {
		this.fixtures = PagingFixtures.of(this.port, this.application);
		PagingFixtures.AliceThenBob paging = this.fixtures.aliceThenBob(smtp, DELAY);
		this.alice = paging.alice();
		this.bob = paging.bob();
		this.hook = paging.hook();
		this.policy = paging.policy();
	}

	/**
	 * Insights count each page under the policy's team: people named directly by a step
	 * are its "no rotation". Counts only, never who.
	 */
	@Test
	void eachPersonPagedCountsAsAnInterruptionOfThePolicysTeam() throws Exception {
		this.fixtures.fire(this.hook, "DiskFull");
		long group = this.fixtures.group(this.hook, "DiskFull");
		mails(this.alice, 1);
		this.clock.advance(DELAY.plusSeconds(1));
		mails(this.bob, 1);
		Eventually.await("both pages reach insights",
				() -> this.jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'interrupted'")
					.param("g", group)
					.query(Long.class)
					.single() == 2);
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		assertThat(admin.postJson("/api/v1/insights/rebuild", Map.of()).status()).isEqualTo(202);
		Eventually.until("the insight rebuild finishes", () -> admin.get("/api/v1/insights/rebuild").json(),
				(progress) -> !progress.get("state").asString().equals("RUNNING"));
		UUID team = this.application.getBean(EscalationPolicies.class).find(this.policy).orElseThrow().team().value();

		JsonNode rows = admin.get("/api/v1/insights/interruptions?window=7d&team=" + team).json().get("items");

		assertThat(rows.size()).isEqualTo(1);
		assertThat(rows.get(0).get("rotation").get("name").asString()).isEqualTo("No rotation");
		assertThat(rows.get(0).get("bands").get("total").asInt()).as("Alice at step 1, Bob at step 2").isEqualTo(2);
	}

	@Test
	void escalatesFromTheFirstStepToTheSecondWhenNobodyAcknowledges() throws Exception {
		this.fixtures.fire(this.hook, "DiskFull");
		long group = this.fixtures.group(this.hook, "DiskFull");

		MimeMessage page = mails(this.alice, 1).get(0);
		assertThat(page.getSubject()).isEqualTo("[Sharpend] Page: DiskFull on a");
		assertThat(Mails.text(page)).contains("/page/").contains("/alerts/groups/" + group);
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1");
		assertThat(panel(group)).contains("Paged Alice Smith just now by e-mail (step 1), not acknowledged");

		this.clock.advance(DELAY.plusSeconds(1));
		assertThat(mails(this.bob, 1).get(0).getSubject()).isEqualTo("[Sharpend] Page: DiskFull on a");
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1", "Bob Jones/2");
		assertThat(panel(group)).contains("Paged Alice Smith 5 min ago by e-mail (step 1), not acknowledged")
			.contains("Paged Bob Jones just now by e-mail (step 2)")
			.contains("Every step fired and nobody acknowledged");
		assertThat(mails(this.alice, 1)).hasSize(1);
	}

	@Test
	void acknowledgingWithTheMailedLinkStopsTheSecondStep() throws Exception {
		this.fixtures.fire(this.hook, "Latency");
		long group = this.fixtures.group(this.hook, "Latency");
		String acknowledge = path(link(Mails.text(mails(this.alice, 1).get(0)), "Acknowledge: "));

		Api phone = Api.anonymous(this.port);
		Api.Response opened = phone.get(acknowledge);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.body()).contains("Acknowledge as Alice Smith").contains("Latency");
		assertThat(status(group)).as("opening the link changes nothing").isEqualTo("triggered");

		Api.Response pressed = phone.submitForm(acknowledge, acknowledge, Map.of());
		assertThat(pressed.status()).isEqualTo(200);
		assertThat(pressed.body()).containsPattern("Acknowledged by Alice Smith at \\d\\d:\\d\\d UTC")
			.doesNotContain("<button");
		assertThat(status(group)).isEqualTo("acknowledged");

		Eventually.await("the escalation stopped", () -> "acknowledged".equals(escalation(group)));
		this.clock.advance(DELAY.plusSeconds(1));
		this.poller.runDue();
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1");
		assertThat(panel(group)).contains("(step 1), acknowledged by Alice Smith");
		assertThat(smtp.getReceivedMessagesForDomain(this.bob.email())).isEmpty();
	}

	@Test
	void declaringAnIncidentForThePagedGroupStopsTheEscalationOnItsTimeline() throws Exception {
		this.fixtures.fire(this.hook, "Queue");
		long group = this.fixtures.group(this.hook, "Queue");
		mails(this.alice, 1);

		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		Api.Response declared = admin.postJson("/api/v1/incidents",
				Map.of("title", "Queue stuck", "alertGroups", List.of(group)));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		long incident = declared.json().get("number").asLong();
		Eventually.await("the acknowledgement on the incident's timeline",
				() -> admin.get("/api/v1/incidents/" + incident + "/timeline?size=100")
					.body()
					.contains("Alert group #" + group + " (Queue) acknowledged by " + TestKeys.ADMIN_EMAIL
							+ "; escalation stopped."));

		this.clock.advance(DELAY.plusSeconds(1));
		this.poller.runDue();
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1");
	}

	@Test
	void resolvingStopsTheEscalation() throws Exception {
		this.fixtures.fire(this.hook, "Errors");
		long group = this.fixtures.group(this.hook, "Errors");
		String resolve = path(link(Mails.text(mails(this.alice, 1).get(0)), "Resolve: "));

		Api.Response pressed = Api.anonymous(this.port).submitForm(resolve, resolve, Map.of());
		assertThat(pressed.body()).containsPattern("Resolved by Alice Smith at \\d\\d:\\d\\d UTC");
		assertThat(status(group)).isEqualTo("resolved");

		Eventually.await("the escalation stopped", () -> "resolved".equals(escalation(group)));
		this.clock.advance(DELAY.plusSeconds(1));
		this.poller.runDue();
		assertThat(this.fixtures.pages(group)).containsExactly("Alice Smith/1");
	}

	@Test
	void refusesAlteredAndExpiredLinksAndChangesNothing() throws Exception {
		this.fixtures.fire(this.hook, "Memory");
		long group = this.fixtures.group(this.hook, "Memory");
		String acknowledge = path(link(Mails.text(mails(this.alice, 1).get(0)), "Acknowledge: "));
		String token = acknowledge.substring("/page/".length());
		// the signature's first character: all its bits count, unlike the last one's
		int at = token.indexOf('.') + 1;
		String altered = "/page/" + token.substring(0, at) + ((token.charAt(at) == 'A') ? 'B' : 'A')
				+ token.substring(at + 1);
		Page page = this.jdbc.sql("select * from oncall_page where group_id = :g")
			.param("g", group)
			.query((rs, n) -> new Page(rs.getObject("id", java.util.UUID.class), group, this.alice.id(), 0, 0,
					this.clock.instant()))
			.single();
		String expired = "/page/" + this.links.token(page.id(), this.alice.id(), PageLinks.Action.ACKNOWLEDGE,
				this.clock.instant().minusSeconds(1));

		Api phone = Api.anonymous(this.port);
		assertThat(phone.get(altered).status()).isEqualTo(404);
		assertThat(phone.get(altered).body()).contains("This link is not valid");
		assertThat(phone.submitForm(acknowledge, altered, Map.of()).status()).isEqualTo(404);
		assertThat(phone.get(expired).status()).isEqualTo(410);
		assertThat(phone.get(expired).body()).contains("This link has expired");
		assertThat(phone.submitForm(acknowledge, expired, Map.of()).status()).isEqualTo(410);
		assertThat(Api.anonymous(this.port).postForm(acknowledge, Map.of()).status()).as("no CSRF token")
			.isEqualTo(403);
		assertThat(status(group)).isEqualTo("triggered");
	}

	@Test
	void aStormPagesEachPersonOncePerGroupAndHoldsWhatIsOverTheCapForOneDigest() throws Exception {
		User carol = this.fixtures.person("Carol White");
		User dave = this.fixtures.person("Dave Brown");
		PagingFixtures.Hook storm = this.fixtures
			.routedTo(this.fixtures.policy(Duration.ofHours(1), List.of(List.of(carol, dave))));
		List<String[]> alerts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			alerts.add(new String[] { "Storm" + (i % 20), "host-" + i });
		}
		this.fixtures.fire(storm, alerts);

		for (User person : List.of(carol, dave)) {
			Eventually.await("20 pages for " + person.displayName(), () -> states(person).size() == 20);
			Eventually.await("6 sent, 14 held", () -> states(person).stream().filter("sent"::equals).count() == 6
					&& states(person).stream().filter("held"::equals).count() == 14);
		}
		for (int i = 0; i < 20; i++) {
			long group = this.fixtures.group(storm, "Storm" + i);
			assertThat(this.fixtures.pages(group)).containsExactlyInAnyOrder("Carol White/1", "Dave Brown/1");
			assertThat(panel(group)).contains("Paged Carol White").contains("Paged Dave Brown");
		}
		assertThat(mails(carol, 6)).hasSize(6);

		this.clock.advance(Duration.ofSeconds(61));
		for (User person : List.of(carol, dave)) {
			List<MimeMessage> mails = mails(person, 7);
			MimeMessage digest = mails.get(6);
			assertThat(digest.getSubject())
				.isEqualTo("[Sharpend] Page: 14 pages were held back by the per-minute limit");
			assertThat(Mails.text(digest).lines().filter((l) -> l.startsWith("- #")).count()).isEqualTo(14);
			assertThat(states(person)).filteredOn("held"::equals).isEmpty();
			assertThat(states(person)).filteredOn("listed"::equals).hasSize(14);
		}
		this.poller.runDue();
		assertThat(mails(carol, 7)).hasSize(7);
	}

	private List<String> states(User person) {
		return this.jdbc.sql("select state from oncall_page_notification where user_id = :u and digest = false")
			.param("u", person.id().value())
			.query(String.class)
			.list();
	}

	private String status(long group) {
		return this.fixtures.status(group);
	}

	private String escalation(long group) {
		return this.fixtures.escalation(group);
	}

	private String panel(long group) {
		return this.fixtures.panel(group);
	}

	private static List<MimeMessage> mails(User person, int atLeast) {
		return PagingFixtures.mails(smtp, person, atLeast);
	}

	private static String link(String body, String label) {
		Matcher matcher = Pattern.compile(Pattern.quote(label) + "(https?://\\S+)").matcher(body.replace("=\r\n", ""));
		assertThat(matcher.find()).as("a link after %s in %s", label, body).isTrue();
		return matcher.group(1);
	}

	private static String path(String url) {
		return URI.create(url).getRawPath();
	}

}
