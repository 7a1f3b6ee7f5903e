package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.oncall.PageRoute;
import dev.sharpend.oncall.RotationDraft;
import dev.sharpend.oncall.Rotations;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.Mails;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rotation's weekly review of 2026-W13 in Berlin, the week clocks moved to summer time
 * (Sunday 29 March 02:00 CET → 03:00 CEST): its pages by band, the noisiest rule, the
 * page nobody acted on, the incident and its review, as JSON, as a page and as the e-mail
 * its team gets once on the Monday 09:00 handoff after the week.
 */
@LoopbackIntegrationTest
class WeeklyReviewIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	InsightRollup rollup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	Schedules schedules;

	@Autowired
	Rotations rotations;

	@Autowired
	WeeklyDigests digests;

	private InsightFixtures history;

	@BeforeEach
	void createIntegration() {
		this.history = new InsightFixtures(this.port, this.clock);
	}

	@AfterEach
	void realTime() {
		this.clock.set(Instant.now());
	}

	@Test
	void aRotationsWeekAsJsonAsAPageAndMailedOnceOnTheHandoffDay() throws Exception {
		String domain = "w" + System.nanoTime() + ".example.test";
		User alice = person("Alice", domain);
		User bob = person("Bob", domain);
		Team team = this.teams.create("Payments " + System.nanoTime(), "Europe/Berlin", List.of(alice.id(), bob.id()));
		Schedule primary = this.schedules.create(team.id(), "Primary");
		// weekly turns handed over on Monday 09:00 Berlin time
		this.rotations.create(primary.id(), new RotationDraft("Weekly", null, List.of(alice.id(), bob.id()), 1, "weeks",
				Instant.parse("2026-01-05T08:00:00Z"), "Europe/Berlin", List.of()));
		PageRoute one = new PageRoute(primary.id().value(), team.id().value(), BERLIN, 1);

		// Tue 24 Mar 10:00 CET: paged (business), cleared by itself 4 minutes later
		long cleared = this.history.fire(Instant.parse("2026-03-24T09:00:00Z"));
		this.history.resolve(Instant.parse("2026-03-24T09:04:00Z"));
		page(cleared, "2026-03-24T09:00:30Z", one);
		// Sun 29 Mar 07:30 CEST: paged (sleep), acknowledged, resolved without action
		long unacted = this.history.fire(Instant.parse("2026-03-29T05:30:00Z"));
		page(unacted, "2026-03-29T05:30:30Z", one);
		this.clock.set(Instant.parse("2026-03-29T05:33:00Z"));
		assertThat(admin().postJson("/api/v1/alert-groups/" + unacted + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.history.resolve(Instant.parse("2026-03-29T05:40:00Z"));
		// Sun 29 Mar 08:30 CEST (07:30 on the winter clock): paged two people
		// (off-hours),
		// declared an incident, which gets a review
		long incidentGroup = this.history.fire(Instant.parse("2026-03-29T06:30:00Z"));
		page(incidentGroup, "2026-03-29T06:30:30Z", new PageRoute(primary.id().value(), team.id().value(), BERLIN, 2));
		long incident = admin()
			.postJson("/api/v1/incidents", Map.of("title", "Payments down", "alertGroups", List.of(incidentGroup)))
			.json()
			.get("number")
			.asLong();
		Api.Response review = admin().postJson("/api/v1/reviews",
				Map.of("incident", incident, "title", "Payments down review"));
		assertThat(review.status()).as(review.toString()).isIn(200, 201);
		this.history.resolve(Instant.parse("2026-03-29T07:00:00Z"));
		// Mon 30 Mar 00:30 CEST: W14, not in this review
		page(incidentGroup, "2026-03-29T22:30:00Z", one);
		List<Long> groups = List.of(cleared, unacted, incidentGroup);
		Eventually.await("the pages, acknowledgement, incident and resolutions reach insights",
				() -> count("interrupted", groups) == 4 && count("resolved%", groups) == 3
						&& count("acknowledged", groups) >= 1 && count("incident", groups) == 1);
		this.rollup.rollUp();
		this.clock.set(Instant.parse("2026-04-01T10:00:00Z"));

		String path = "/api/v1/insights/weekly-reviews/" + primary.id() + "/2026-W13";
		JsonNode week = admin().get(path).json();
		assertThat(week.get("week").asString()).isEqualTo("2026-W13");
		assertThat(week.get("zone").asString()).isEqualTo("Europe/Berlin");
		assertThat(week.get("inProgress").asBoolean()).isFalse();
		assertThat(week.get("rotation").get("name").asString()).isEqualTo("Primary");
		assertThat(week.get("team").get("name").asString()).isEqualTo(team.name());
		// business 1 (Tue), off-hours 2 (Sun 08:30 CEST), sleep 1 (Sun 07:30 CEST)
		assertThat(bands(week.get("bands"))).containsExactly(1, 2, 1, 4);
		assertThat(bands(week.get("days").get(1).get("bands"))).containsExactly(1, 0, 0, 1);
		assertThat(bands(week.get("days").get(6).get("bands"))).containsExactly(0, 2, 1, 3);
		JsonNode rule = week.get("noisiestRules").get(0);
		assertThat(rule.get("rule").asString()).isEqualTo(this.history.rule);
		assertThat(rule.get("groups").asInt()).isEqualTo(3);
		assertThat(rule.get("pages").asInt()).isEqualTo(4);
		assertThat(rule.get("clearedBySelf").asInt()).isEqualTo(1);
		assertThat(rule.get("unacted").asInt()).isEqualTo(1);
		assertThat(week.get("unacted").valueStream().map((g) -> g.get("group").asLong()).toList())
			.containsExactly(unacted);
		assertThat(week.get("incidents").get(0).get("number").asLong()).isEqualTo(incident);
		assertThat(week.get("reviews").get(0).get("incident").asLong()).isEqualTo(incident);
		assertThat(week.get("reviews").get(0).get("title").asString()).isEqualTo("Payments down review");

		// a history naming an incident that is not there leaves it out instead of failing
		java.time.OffsetDateTime linked = java.time.OffsetDateTime.parse("2026-03-24T09:02:00Z");
		this.jdbc
			.sql("insert into insight_fact (group_id, kind, occurred_at, incident, amount) "
					+ "values (:g, 'incident', :at, 2000000000, 1)")
			.param("g", cleared)
			.param("at", linked)
			.update();
		this.jdbc.sql("insert into insight_dirty (group_id, marked_at) values (:g, :at)")
			.param("g", cleared)
			.param("at", linked)
			.update();
		this.rollup.rollUp();
		Api.Response withGone = admin().get(path);
		assertThat(withGone.status()).as(withGone.toString()).isEqualTo(200);
		assertThat(withGone.json().get("incidents").valueStream().map((i) -> i.get("number").asLong()).toList())
			.containsExactly(incident);

		// the page, with the evidence linked and the weeks either side
		String html = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/insights/weekly/" + primary.id() + "/2026-W13")
			.body();
		assertThat(html).contains("Weekly review: Primary")
			.contains("4 pages through this rotation")
			.contains("/alerts/groups/" + unacted)
			.contains("/response/incidents/" + incident)
			.contains("/insights/weekly/" + primary.id() + "/2026-W12")
			.contains("/insights/weekly/" + primary.id() + "/2026-W14");

		// bad input names the parameter
		Api.Response malformed = admin().get("/api/v1/insights/weekly-reviews/primary/2026-W13");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).contains("rotation");
		Api.Response unknown = admin().get("/api/v1/insights/weekly-reviews/" + UUID.randomUUID() + "/2026-W13");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("rotation");
		Api.Response badWeek = admin().get("/api/v1/insights/weekly-reviews/" + primary.id() + "/2026-13");
		assertThat(badWeek.status()).isEqualTo(400);
		assertThat(badWeek.body()).contains("week");
		Api.Response future = admin().get("/api/v1/insights/weekly-reviews/" + primary.id() + "/2026-W15");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body()).contains("week").contains("not begun");
		assertThat(admin().get("/api/v1/insights/weekly-reviews/" + primary.id() + "/2026-W14").status())
			.as("the week in progress")
			.isEqualTo(200);
		assertThat(Api.anonymous(this.port).get(path).status()).isEqualTo(401);

		// the digest: nothing before Monday 09:00 CEST, then once, whoever runs the job
		mailThrough();
		this.clock.set(Instant.parse("2026-03-30T06:59:00Z"));
		this.digests.sendDue();
		assertThat(digestsOf(primary)).isZero();
		this.clock.set(Instant.parse("2026-03-30T07:00:00Z"));
		this.digests.sendDue();
		this.digests.sendDue();
		assertThat(digestsOf(primary)).isEqualTo(1);
		// later that week (once the mails are out, so the outbox has nothing in flight
		// when the clock jumps) nothing is sent again
		Eventually.await("the weekly reviews are delivered", () -> delivered(alice, bob) == 2);
		this.clock.set(Instant.parse("2026-04-02T12:00:00Z"));
		this.digests.sendDue();
		assertThat(digestsOf(primary)).isEqualTo(1);
		MimeMessage mail = mailTo(alice);
		assertThat(mail.getSubject()).isEqualTo("Weekly on-call review: Primary, 2026-W13");
		assertThat(Mails.text(mail)).contains("Pages: 4 (business hours 1, off-hours 2, sleep 1).")
			.contains("INC-" + incident + " Payments down")
			.contains("/insights/weekly/" + primary.id() + "/2026-W13")
			.doesNotContain("Alice")
			.doesNotContain("Bob");
		assertThat(mailTo(bob).getSubject()).isEqualTo("Weekly on-call review: Primary, 2026-W13");
	}

	private User person(String name, String domain) {
		return this.accounts.create(
				new Accounts.NewUser(name.toLowerCase() + "@" + domain, name, "a long enough test password", RESPONDER),
				"test");
	}

	private void mailThrough() {
		Api.Response saved = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.submitForm("/admin/smtp", "/admin/smtp", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(),
					"from", "sharpend@example.com", "username", "sharpend", "password", "sharpend-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		smtp.setUser("sharpend", "sharpend-pass");
	}

	/**
	 * The one review mail of W13 the person got (other weeks may be mailed meanwhile).
	 */
	private MimeMessage mailTo(User person) {
		Eventually.await("the weekly review reaches " + person.email(), () -> w13(person).size() >= 1);
		List<MimeMessage> mails = w13(person);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static List<MimeMessage> w13(User person) {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(person.email())).filter((m) -> {
			try {
				return m.getSubject().endsWith("2026-W13");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private long digestsOf(Schedule schedule) {
		return this.jdbc.sql("select count(*) from insight_weekly_digest where schedule_id = :s and week = '2026-W13'")
			.param("s", schedule.id().value())
			.query(Long.class)
			.single();
	}

	private long delivered(User... people) {
		return this.jdbc
			.sql("""
					select count(*) from notify_delivery where target in (:to) and event = :event and state = 'DELIVERED'""")
			.param("to", Arrays.stream(people).map(User::email).toList())
			.param("event", WeeklyDigests.EVENT)
			.query(Long.class)
			.single();
	}

	private long count(String kind, List<Long> groups) {
		return this.jdbc.sql("select count(*) from insight_fact where group_id in (:g) and kind like :kind")
			.param("g", groups)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private void page(long group, String at, PageRoute route) {
		InsightFixtures.paged(this.events, this.transactions, group, Instant.parse(at), route);
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private static List<Integer> bands(JsonNode bands) {
		return List.of(bands.get("business").asInt(), bands.get("offHours").asInt(), bands.get("sleep").asInt(),
				bands.get("total").asInt());
	}

}
