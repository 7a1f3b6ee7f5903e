package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.oncall.PageRoute;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insights counted from a history made through the API, on the figures a person reads: an
 * alert rule that preceded an incident and now clears by itself.
 */
@LoopbackIntegrationTest
class InsightIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	InsightRollup rollup;

	@Autowired
	InsightRepository facts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Teams teams;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	private InsightFixtures history;

	private String rule;

	@BeforeEach
	void createIntegration() {
		this.history = new InsightFixtures(this.port, this.clock);
		this.rule = this.history.rule;
	}

	@AfterEach
	void realTime() {
		this.clock.set(Instant.now());
	}

	@Test
	void aRuleThatPrecededAnIncidentAndNowClearsByItselfIsADriftSignalWithItsEvidence() {
		InsightFixtures.Drift drift = this.history.drift();
		long number = drift.incident();
		long acknowledged = drift.acknowledged();
		this.history.rollUpWhenFedWith(acknowledged, this.jdbc, this.rollup);

		JsonNode figures = ruleFigures();
		assertThat(figures.get("fires").asInt()).isEqualTo(6);
		assertThat(figures.get("autoResolvedBeforeAcknowledgement").get("count").asInt()).isEqualTo(4);
		assertThat(figures.get("acknowledgedWithoutAction").get("count").asInt()).isEqualTo(1);
		assertThat(figures.get("linkedToIncident").get("count").asInt()).isEqualTo(1);
		// each resolution but the last was followed by the next fire within 24 h
		assertThat(figures.get("refires").get("count").asInt()).isEqualTo(5);
		assertThat(figures.get("autoResolvedBeforeAcknowledgement").get("share").asDouble()).isEqualTo(0.6667);

		JsonNode signal = signal("clears_after_incidents");
		assertThat(signal.get("open").asBoolean()).isTrue();
		assertThat(signal.get("incidents").get(0).asString()).isEqualTo("INC-" + number);
		assertThat(signal.get("summary").asString())
			.startsWith("83 % of its 6 fires in the last 30 days had no action");

		// acknowledged with a note, it is no longer open; one more fire left to clear
		// makes it
		// worse, and it opens again with the note
		assertThat(admin()
			.postJson("/api/v1/insights/signals/acknowledgements",
					Map.of("kind", "clears_after_incidents", "rule", this.rule))
			.body()).contains("note");
		assertThat(admin()
			.postJson("/api/v1/insights/signals/acknowledgements",
					Map.of("kind", "sleepy", "rule", this.rule, "note", "x"))
			.status()).isEqualTo(400);
		Api.Response noted = admin().postJson("/api/v1/insights/signals/acknowledgements", Map.of("kind",
				"clears_after_incidents", "rule", this.rule, "note", "threshold change planned, ACT-14"));
		assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
		assertThat(signal("clears_after_incidents").get("open").asBoolean()).isFalse();
		Instant later = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		long worse = this.history.fire(later);
		this.history.resolve(later.plus(Duration.ofMinutes(3)));
		this.clock.set(Instant.now());
		this.history.rollUpWhenFedWith(worse, this.jdbc, this.rollup);
		JsonNode reopened = signal("clears_after_incidents");
		assertThat(reopened.get("open").asBoolean()).isTrue();
		assertThat(reopened.get("acknowledgement").get("note").asString())
			.isEqualTo("threshold change planned, ACT-14");
		assertThat(reopened.get("summary").asString()).startsWith("86 % of its 7 fires");

		JsonNode record = admin().get("/api/v1/insights/rules/" + this.rule + "?window=7d").json();
		assertThat(record.get("figures").get("window").asString()).isEqualTo("7d");
		assertThat(record.get("weeks").valueStream().mapToInt((w) -> w.get("fires").asInt()).sum()).isEqualTo(7);
		// the last fire resolved two days ago: its last 21 states are hourly repeats of
		// "resolved", no change
		assertThat(record.get("flapping").get("percentStateChange").asDouble()).isZero();
		assertThat(record.get("flapping").get("flapping").asBoolean()).isFalse();
		assertThat(record.get("flapping").get("states").size()).isEqualTo(21);
		assertThat(person().getHtml("/insights/rule?rule=" + this.rule).body()).contains(
				"0.0 % state change over its last 21 states (0 changes); starts flapping at 50 %, stops at 25 %.");

		String trackRecord = person().getHtml("/insights/alert-groups/" + acknowledged + "/track-record").body();
		assertThat(trackRecord).contains(this.rule + " fired 7 times in 30 days; 5 cleared by themselves before "
				+ "anyone acknowledged them, 95 % of them within 4 min; 1 was acknowledged and resolved without "
				+ "any action; it preceded INC-" + number + " in 90 days.");
		assertThat(person().getHtml("/insights").body()).contains(this.rule).contains("INC-" + number);

		// "was action taken?": the incident's group is suggested "action taken" and
		// answered
		// "not actionable"; the group acknowledged without action is answered "work
		// ongoing",
		// then changed to "action taken", which replaces it and counts as action
		JsonNode suggested = admin().get("/api/v1/alert-groups/" + drift.first() + "/action-taken").json();
		assertThat(suggested.has("answer")).as("no answer yet").isFalse();
		assertThat(suggested.get("suggested").asString()).isEqualTo("action_taken");
		this.history.answer(drift.first(), "not_actionable", this.jdbc);
		this.history.answer(acknowledged, "work_ongoing", this.jdbc);
		this.history.answer(acknowledged, "action_taken", this.jdbc);
		this.rollup.rollUp();
		JsonNode answered = ruleFigures();
		assertThat(answered.get("acknowledgedWithoutAction").get("count").asInt()).isZero();
		JsonNode answers = answered.get("actionTaken");
		assertThat(answers.get("answered").get("action_taken").asInt()).isEqualTo(1);
		assertThat(answers.get("answered").get("not_actionable").asInt()).isEqualTo(1);
		assertThat(answers.get("answered").get("work_ongoing").asInt()).isZero();
		assertThat(answers.get("unanswered").asInt()).isEqualTo(5);
		assertThat(
				admin().get("/api/v1/alert-groups/" + acknowledged + "/action-taken").json().get("answer").asString())
			.isEqualTo("action_taken");

		Api.Response csv = person().get("/insights/rules.csv?window=30d");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.raw().headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"sharpend-insight-rules-30d.csv\"");
		assertThat(csv.body()).contains("\r\n" + this.rule + ",30d,7,");
		assertThat(person().get("/insights/signals.csv").body())
			.contains("clears_after_incidents,It'll clear," + this.rule);
		assertThat(person().get("/insights/rules.csv?window=1y").status()).isEqualTo(400);

		// a rebuild from the facts gives the very same figures
		String incremental = admin().get("/api/v1/insights/rules/" + this.rule + "?window=90d").body();
		String signals = admin().get("/api/v1/insights/signals").body();
		Api.Response started = admin().postJson("/api/v1/insights/rebuild", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		JsonNode done = Eventually.until("the rebuild finishes", () -> admin().get("/api/v1/insights/rebuild").json(),
				(progress) -> !progress.get("state").asString().equals("RUNNING"));
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("groups").asInt()).isGreaterThanOrEqualTo(6);
		assertThat(admin().get("/api/v1/insights/rules/" + this.rule + "?window=90d").body()).isEqualTo(incremental);
		assertThat(admin().get("/api/v1/insights/signals").body()).isEqualTo(signals);
	}

	@Test
	void aFactDeliveredTwiceIsCountedOnce() {
		Instant at = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		long group = this.history.fire(at);
		this.history.resolve(at.plus(Duration.ofMinutes(1)));
		this.history.rollUpWhenFedWith(group, this.jdbc, this.rollup);
		long facts = factCount(group);
		// what a resubmitted reaction does: record the same facts again
		List<Fact> again = this.jdbc.sql("select group_id, kind, occurred_at from insight_fact where group_id = :g")
			.param("g", group)
			.query((rs, n) -> Fact.of(rs.getLong(1), Fact.Kind.of(rs.getString(2)),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
		assertThat(again).isNotEmpty();
		assertThat(again).noneMatch((fact) -> this.facts.record(fact, Instant.now()));
		this.rollup.rollUp();
		assertThat(ruleFigures().get("fires").asInt()).isEqualTo(1);
		assertThat(factCount(group)).isEqualTo(facts);
	}

	@Test
	void anAnswerIsRefusedWhileTheGroupIsOpenOrWhenUnknownAndASilenceSuggestsWorkOngoing() {
		Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		long group = this.history.fire(at);
		Api.Response open = admin().sendJson("PUT", "/api/v1/alert-groups/" + group + "/action-taken",
				Map.of("answer", "action_taken"));
		assertThat(open.status()).isEqualTo(409);
		// someone silenced the rule while the group was open
		this.clock.set(at.plus(Duration.ofMinutes(1)));
		Api.Response silence = admin().postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "value", this.rule, "isRegex", false, "isEqual", true)),
						"endsAt", at.plus(Duration.ofHours(1)).toString(), "comment", "deploying the api"));
		assertThat(silence.status()).as(silence.toString()).isEqualTo(201);
		this.history.resolve(at.plus(Duration.ofMinutes(5)));
		this.clock.set(Instant.now());

		JsonNode suggested = admin().get("/api/v1/alert-groups/" + group + "/action-taken").json();
		assertThat(suggested.get("suggested").asString()).isEqualTo("work_ongoing");
		assertThat(suggested.get("suggestedBecause").asString()).contains("deploying the api");
		Api.Response unknown = admin().sendJson("PUT", "/api/v1/alert-groups/" + group + "/action-taken",
				Map.of("answer", "maybe"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("answer").contains("work_ongoing");
		assertThat(
				admin().sendJson("PUT", "/api/v1/alert-groups/99999999/action-taken", Map.of("answer", "check_faulty"))
					.status())
			.isEqualTo(404);
		assertThat(Api.anonymous(this.port)
			.sendJson("PUT", "/api/v1/alert-groups/" + group + "/action-taken", Map.of("answer", "check_faulty"))
			.status()).isEqualTo(401);
	}

	/**
	 * The flapping example of {@link FlappingTests} made through the API: one fire at
	 * 00:00 resolved at 00:05, then five groups from 10:00, each open 10 minutes, 20
	 * minutes apart; read at 11:30 its last 21 states change 11 times: 4585/76 = 60.3 %.
	 */
	@Test
	void aRuleFiringEveryTwentyMinutesAfterAQuietMorningIsAFlappingSignal() {
		Instant midnight = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
		this.history.fire(midnight);
		this.history.resolve(midnight.plus(Duration.ofMinutes(5)));
		long last = 0;
		for (int i = 0; i < 5; i++) {
			Instant opened = midnight.plus(Duration.ofHours(10)).plus(Duration.ofMinutes(20L * i));
			last = this.history.fire(opened);
			this.history.resolve(opened.plus(Duration.ofMinutes(10)));
		}
		this.history.rollUpWhenFedWith(last, this.jdbc, this.rollup);

		// read a minute after the last resolution: each step lands a few milliseconds
		// after
		// the time set
		this.clock.set(midnight.plus(Duration.ofHours(11)).plus(Duration.ofMinutes(31)));
		JsonNode signal = signal("flapping");
		assertThat(signal.get("summary").asString())
			.isEqualTo("Changed state 11 times in its last 21 states (since " + midnight.toString().substring(0, 10)
					+ " 00:00 UTC): 60.3 % state change, flapping from 50 % until " + "it falls to 25 %.");
		assertThat(signal.get("alertGroups").size()).isEqualTo(6);
		JsonNode flapping = admin().get("/api/v1/insights/rules/" + this.rule).json().get("flapping");
		assertThat(flapping.get("percentStateChange").asDouble()).isEqualTo(60.3);
		assertThat(flapping.get("flapping").asBoolean()).isTrue();
		assertThat(flapping.get("changes").asInt()).isEqualTo(11);
		assertThat(person().get("/insights/signals.csv").body())
			.contains("flapping,Flapping," + this.rule + ",\"Changed state 11 times");

		// fourteen quiet hours later it has stopped: 1860/76 = 24.5 %, at or below 25 %
		this.clock.set(midnight.plus(Duration.ofHours(25)).plus(Duration.ofMinutes(31)));
		assertThat(admin().get("/api/v1/insights/signals").json().valueStream())
			.noneMatch((s) -> s.path("rule").asString("").equals(this.rule));
		assertThat(admin().get("/api/v1/insights/rules/" + this.rule)
			.json()
			.get("flapping")
			.get("percentStateChange")
			.asDouble()).isEqualTo(24.5);
	}

	@Test
	void aSilenceSetAfterTheAcknowledgementIsActionAndFiguresNarrowToTheIntegration() {
		Instant at = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
		long group = this.history.fire(at);
		this.clock.set(at.plus(Duration.ofMinutes(1)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.clock.set(at.plus(Duration.ofMinutes(2)));
		Api.Response silence = admin().postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "value", this.rule, "isRegex", false, "isEqual", true)),
						"endsAt", at.plus(Duration.ofMinutes(5)).toString(), "comment", "deploy under way"));
		assertThat(silence.status()).as(silence.toString()).isEqualTo(201);
		Eventually.await("the silence reaches insights",
				() -> this.jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'silenced'")
					.param("g", group)
					.query(Long.class)
					.single() == 1);
		this.history.resolve(at.plus(Duration.ofMinutes(10)));
		this.clock.set(Instant.now());
		this.history.rollUpWhenFedWith(group, this.jdbc, this.rollup);

		JsonNode figures = ruleFigures();
		assertThat(figures.get("fires").asInt()).isEqualTo(1);
		assertThat(figures.get("acknowledgedWithoutAction").get("count").asInt()).as("silenced in between").isZero();

		JsonNode narrowed = admin().get("/api/v1/insights/rules?window=7d&integration=" + this.history.integration)
			.json();
		assertThat(narrowed.get("items").valueStream().map((r) -> r.get("rule").asString())).containsExactly(this.rule);
		JsonNode integration = admin().get("/api/v1/insights/integrations?window=7d&size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((i) -> i.get("id").asString().equals(this.history.integration))
			.findFirst()
			.orElseThrow();
		assertThat(integration.get("name").asString()).isEqualTo("insight");
		assertThat(integration.get("figures").get("fires").asInt()).isEqualTo(1);
		assertThat(admin().get("/api/v1/insights/teams?window=7d").status()).isEqualTo(200);

		// a rebuild from the facts, the silence among them, gives the very same figures
		String incremental = admin().get("/api/v1/insights/rules/" + this.rule + "?window=7d").body();
		assertThat(admin().postJson("/api/v1/insights/rebuild", Map.of()).status()).isEqualTo(202);
		JsonNode done = Eventually.until("the rebuild finishes", () -> admin().get("/api/v1/insights/rebuild").json(),
				(progress) -> !progress.get("state").asString().equals("RUNNING"));
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(admin().get("/api/v1/insights/rules/" + this.rule + "?window=7d").body()).isEqualTo(incremental);
	}

	@Test
	void figuresNarrowToTheGroupsThatPagedATeam() {
		Team team = this.teams.create("Checkout " + System.nanoTime(), "Europe/Berlin", List.of());
		Instant at = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
		// paged two people of the team 30 s after opening, acknowledged at 5 min,
		// resolved
		// at 10 min with nothing done; an hour later the rule fired again and cleared by
		// itself before anyone was paged
		long paged = this.history.fire(at);
		InsightFixtures.paged(this.events, this.transactions, paged, at.plusSeconds(30),
				new PageRoute(null, team.id().value(), ZoneId.of("Europe/Berlin"), 2));
		this.clock.set(at.plus(Duration.ofMinutes(5)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + paged + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.history.resolve(at.plus(Duration.ofMinutes(10)));
		long quiet = this.history.fire(at.plus(Duration.ofHours(1)));
		this.history.resolve(at.plus(Duration.ofMinutes(64)));
		this.clock.set(Instant.now());
		this.history.rollUpWhenFedWith(quiet, this.jdbc, this.rollup);
		InsightFixtures.rollUpWhenPaged(paged, 1, this.jdbc, this.rollup);

		assertThat(ruleFigures().get("fires").asInt()).isEqualTo(2);
		for (String named : List.of(team.name(), team.id().value().toString())) {
			JsonNode items = admin().get("/api/v1/insights/rules?window=7d&team=" + named.replace(" ", "%20"))
				.json()
				.get("items");
			assertThat(items.size()).as(named).isEqualTo(1);
			JsonNode figures = items.get(0);
			assertThat(figures.get("rule").asString()).isEqualTo(this.rule);
			assertThat(figures.get("fires").asInt()).isEqualTo(1);
			assertThat(figures.get("pages").asInt()).isEqualTo(2);
			assertThat(figures.get("acknowledgedWithoutAction").get("count").asInt()).isEqualTo(1);
			assertThat(figures.get("autoResolvedBeforeAcknowledgement").get("count").asInt()).isZero();
			assertThat(figures.get("refires").get("count").asInt()).as("the quiet group re-fired it within 24 h")
				.isEqualTo(1);
			assertThat(figures.get("timeToAcknowledge").get("p50Seconds").asLong()).isEqualTo(270);
		}
		JsonNode byTeam = admin().get("/api/v1/insights/teams?window=7d&size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((t) -> t.get("id").asString().equals(team.id().value().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(byTeam.get("name").asString()).isEqualTo(team.name());
		assertThat(byTeam.get("figures").get("fires").asInt()).isEqualTo(1);
		assertThat(byTeam.get("figures").get("refires").get("count").asInt()).isEqualTo(1);
		assertThat(admin().get("/api/v1/insights/rules/" + this.rule + "?window=7d&team=" + team.id().value())
			.json()
			.get("figures")
			.get("fires")
			.asInt()).isEqualTo(1);
		assertThat(person().getHtml("/insights?window=7d&team=" + team.id().value()).body()).contains(this.rule)
			.contains("Only the alert groups of this team");
	}

	@Test
	void aNoteWrittenAfterTheAcknowledgementIsActionAndShowsOnTheGroup() {
		Instant at = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
		// two groups acknowledged and resolved by themselves 10 min later; someone wrote
		// a
		// note on the first in between, nothing on the second
		long noted = this.history.fire(at);
		this.clock.set(at.plus(Duration.ofMinutes(1)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + noted + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.clock.set(at.plus(Duration.ofMinutes(3)));
		Api.Response note = admin().postJson("/api/v1/alert-groups/" + noted + "/notes",
				Map.of("body", "  Checked the <b>dashboard</b>: the nightly batch.\nNothing to do.  "));
		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		assertThat(note.json().get("body").asString())
			.isEqualTo("Checked the <b>dashboard</b>: the nightly batch.\nNothing to do.");
		this.history.resolve(at.plus(Duration.ofMinutes(10)));
		Instant later = at.plus(Duration.ofHours(1));
		long silent = this.history.fire(later);
		this.clock.set(later.plus(Duration.ofMinutes(1)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + silent + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.history.resolve(later.plus(Duration.ofMinutes(10)));
		this.clock.set(Instant.now());
		Eventually.await("the note reaches insights",
				() -> this.jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'noted'")
					.param("g", noted)
					.query(Long.class)
					.single() == 1);
		this.history.rollUpWhenFedWith(silent, this.jdbc, this.rollup);

		JsonNode figures = ruleFigures();
		assertThat(figures.get("fires").asInt()).isEqualTo(2);
		assertThat(figures.get("acknowledgedWithoutAction").get("count").asInt()).as("only the group without a note")
			.isEqualTo(1);
		assertThat(admin().get("/api/v1/alert-groups/" + noted + "/notes").json().get(0).get("by").asString())
			.isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(person().getHtml("/alerts/groups/" + noted).body())
			.contains("Checked the &lt;b&gt;dashboard&lt;/b&gt;: the nightly batch.");
		// the form on the group's page: added and shown, or refused with the reason
		// beside it
		Api browser = person();
		String pagePath = "/alerts/groups/" + silent;
		assertThat(browser.submitForm(pagePath, pagePath + "/notes", Map.of("body", "Looked at it: a flaky probe"))
			.status()).isEqualTo(302);
		assertThat(browser.getHtml(pagePath).body()).contains("Looked at it: a flaky probe").contains("Note added.");
		assertThat(browser.submitForm(pagePath, pagePath + "/notes", Map.of("body", " ")).status()).isEqualTo(302);
		assertThat(browser.getHtml(pagePath).body()).contains("the note is empty");

		Api.Response empty = admin().postJson("/api/v1/alert-groups/" + noted + "/notes", Map.of("body", "  "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("body");
		Api.Response tooLong = admin().postJson("/api/v1/alert-groups/" + noted + "/notes",
				Map.of("body", "x".repeat(4001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("4000");
		assertThat(admin().postJson("/api/v1/alert-groups/99999999/notes", Map.of("body", "hello")).status())
			.isEqualTo(404);
		assertThat(Api.anonymous(this.port)
			.postJson("/api/v1/alert-groups/" + noted + "/notes", Map.of("body", "hello"))
			.status()).isEqualTo(401);
		assertThat(admin().get("/api/v1/alert-groups/" + noted + "/notes").json().size()).as("refusals changed nothing")
			.isEqualTo(1);
	}

	@Test
	void figuresNarrowToTheGroupsPagedThroughARotation() {
		Team team = this.teams.create("Search " + System.nanoTime(), "Europe/Berlin", List.of());
		UUID primary = UUID.randomUUID();
		UUID secondary = UUID.randomUUID();
		Instant at = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
		// one group paged through the primary rotation, acknowledged after 2 min; the
		// next
		// through the secondary one, never acknowledged
		long first = this.history.fire(at);
		InsightFixtures.paged(this.events, this.transactions, first, at.plusSeconds(30),
				new PageRoute(primary, team.id().value(), ZoneId.of("Europe/Berlin"), 1));
		this.clock.set(at.plus(Duration.ofSeconds(150)));
		assertThat(admin().postJson("/api/v1/alert-groups/" + first + "/acknowledge", Map.of()).status())
			.isEqualTo(200);
		this.history.resolve(at.plus(Duration.ofMinutes(10)));
		long second = this.history.fire(at.plus(Duration.ofHours(2)));
		InsightFixtures.paged(this.events, this.transactions, second, at.plus(Duration.ofHours(2)).plusSeconds(30),
				new PageRoute(secondary, team.id().value(), ZoneId.of("Europe/Berlin"), 1));
		this.history.resolve(at.plus(Duration.ofHours(3)));
		this.clock.set(Instant.now());
		InsightFixtures.rollUpWhenPaged(first, 1, this.jdbc, this.rollup);
		InsightFixtures.rollUpWhenPaged(second, 1, this.jdbc, this.rollup);

		JsonNode ofPrimary = admin().get("/api/v1/insights/rules?window=7d&rotation=" + primary).json().get("items");
		assertThat(ofPrimary.size()).isEqualTo(1);
		assertThat(ofPrimary.get(0).get("fires").asInt()).isEqualTo(1);
		assertThat(ofPrimary.get(0).get("timeToAcknowledge").get("p50Seconds").asLong()).isEqualTo(120);
		JsonNode ofSecondary = admin().get("/api/v1/insights/rules?window=7d&rotation=" + secondary)
			.json()
			.get("items")
			.get(0);
		assertThat(ofSecondary.get("fires").asInt()).isEqualTo(1);
		assertThat(ofSecondary.get("autoResolvedBeforeAcknowledgement").get("count").asInt()).isEqualTo(1);
		assertThat(ofSecondary.get("timeToAcknowledge").has("p50Seconds")).isFalse();
		assertThat(admin().get("/api/v1/insights/rules?window=7d&team=" + team.id().value() + "&rotation=" + primary)
			.json()
			.get("items")
			.get(0)
			.get("fires")
			.asInt()).as("team and rotation together").isEqualTo(1);

		String sorted = person().getHtml("/insights?window=7d&sort=acknowledge&rotation=" + primary).body();
		assertThat(sorted).contains("aria-sort=\"descending\"").contains(this.rule);
		assertThat(person().getHtml("/insights?sort=loudest").status()).isEqualTo(400);
		Api.Response unknown = admin().get("/api/v1/insights/rules?window=7d&rotation=" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("rotation");
	}

	@Test
	void anIncidentResolvedLongerAgoThanReviewsAreDueWithoutAReviewIsASignalTheTeamAcknowledges() {
		Instant resolved = Instant.now().minus(Duration.ofDays(6));
		this.clock.set(resolved.minus(Duration.ofHours(1)));
		long number = admin().postJson("/api/v1/incidents", Map.of("title", "Queue stuck " + this.rule))
			.json()
			.get("number")
			.asLong();
		this.clock.set(resolved);
		assertThat(admin().sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("status", "resolved")).status())
			.isEqualTo(200);
		this.clock.set(Instant.now());

		JsonNode signal = subject("review_missing", "INC-" + number);
		assertThat(signal.get("open").asBoolean()).isTrue();
		assertThat(signal.has("rule")).as("not about an alert rule").isFalse();
		assertThat(signal.get("summary").asString()).isEqualTo("INC-" + number + " (Queue stuck " + this.rule
				+ ") was resolved 6 days ago and has no review; reviews are due 5 days after an incident is resolved.");
		Api.Response noted = admin().postJson("/api/v1/insights/signals/acknowledgements",
				Map.of("kind", "review_missing", "subject", "INC-" + number, "note", "review meeting on Monday"));
		assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
		assertThat(subject("review_missing", "INC-" + number).get("open").asBoolean()).isFalse();
		assertThat(person().getHtml("/insights/signals.csv").body()).contains("review_missing,No review,INC-" + number);
	}

	@Test
	void badInputNamesTheParameter() {
		Api.Response window = admin().get("/api/v1/insights/rules?window=1y");
		assertThat(window.status()).isEqualTo(400);
		assertThat(window.body()).contains("window").contains("30d");
		Api.Response team = admin().get("/api/v1/insights/rules?team=payments");
		assertThat(team.status()).isEqualTo(400);
		assertThat(team.body()).contains("team");
		Api.Response unknown = admin().get("/api/v1/insights/rules/NoSuchRule" + System.nanoTime());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("NoSuchRule");
		assertThat(admin().get("/api/v1/insights/rules?size=5000").status()).isEqualTo(400);
		assertThat(person().getHtml("/insights?window=week").status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).get("/api/v1/insights/rules").status()).isEqualTo(401);
		String unknownTeam = UUID.randomUUID().toString();
		for (String path : List.of("/api/v1/insights/rules?team=" + unknownTeam,
				"/api/v1/insights/interruptions?team=" + unknownTeam, "/api/v1/insights/rules/x?team=" + unknownTeam)) {
			Api.Response refused = admin().get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.body()).as(path).contains("team").contains(unknownTeam);
		}
		Api.Response integration = admin().get("/api/v1/insights/rules?integration=nope");
		assertThat(integration.status()).isEqualTo(400);
		assertThat(integration.body()).contains("integration").contains("nope");
		for (String path : List.of("/api/v1/insights/teams?window=1y", "/api/v1/insights/integrations?window=1y",
				"/api/v1/insights/interruptions?window=1y", "/api/v1/insights/rules/x?window=1y")) {
			Api.Response refused = admin().get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.body()).as(path).contains("window");
		}
		for (String path : List.of("/api/v1/insights/rules?page=abc", "/api/v1/insights/teams?size=0",
				"/api/v1/insights/integrations?page=-1", "/api/v1/insights/interruptions?size=x")) {
			Api.Response refused = admin().get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.body()).as(path).contains(path.contains("page") ? "page" : "size");
		}
		assertThat(person().getHtml("/insights?page=abc").status()).isEqualTo(400);
		assertThat(person().getHtml("/insights?allSignals=maybe").status()).isEqualTo(400);
		assertThat(person().getHtml("/insights?team=" + unknownTeam).status()).isEqualTo(400);
		assertThat(person().getHtml("/insights/rules.csv?integration=nope").status()).isEqualTo(400);
	}

	private JsonNode subject(String kind, String subject) {
		return admin().get("/api/v1/insights/signals")
			.json()
			.valueStream()
			.filter((s) -> s.get("subject").asString().equals(subject) && s.get("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " signal for " + subject));
	}

	private JsonNode signal(String kind) {
		return admin().get("/api/v1/insights/signals")
			.json()
			.valueStream()
			.filter((s) -> s.path("rule").asString("").equals(this.rule) && s.get("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " signal for " + this.rule));
	}

	private JsonNode ruleFigures() {
		return admin().get("/api/v1/insights/rules?window=30d&size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((r) -> r.get("rule").asString().equals(this.rule))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figures for " + this.rule));
	}

	private long factCount(long group) {
		return this.jdbc.sql("select count(*) from insight_fact where group_id = :g")
			.param("g", group)
			.query(Long.class)
			.single();
	}

	private Api person() {
		return Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
