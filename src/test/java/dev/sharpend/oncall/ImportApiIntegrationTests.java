package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team leaving Opsgenie, PagerDuty or Grafana OnCall asks for a plan, imports, and
 * finds the expected person on call at chosen times; a refused import names the field and
 * leaves nothing behind.
 */
@SharpendIntegrationTest
class ImportApiIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** The Monday on which the fixtures' rotations first hand off. */
	private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EscalationPolicyRepository policies;

	@Test
	void opsgenieScheduleAndEscalationArePlannedThenImported() {
		People p = people();
		String team = p.team("Europe/Berlin");
		String schedule = p.personal(ImportTestData.fixture("opsgenie-schedule.json"));
		JsonNode plan = expect(200, p.api.postJson("/api/v1/imports/opsgenie-schedule?team=" + team, json(schedule)));
		assertThat(plan.get("dryRun").asBoolean()).isTrue();
		assertThat(plan.get("items").get(0).get("object").asString())
			.isEqualTo("schedule \"Payments_schedule\" in Europe/Berlin");
		assertThat(plan.get("items").get(0).get("symbol").asString()).isEqualTo("⚠");
		assertThat(expect(200, p.api.get("/api/v1/schedules?team=" + team))).isEmpty();

		JsonNode done = expect(201,
				p.api.postJson("/api/v1/imports/opsgenie-schedule?team=" + team + "&dryRun=false", json(schedule)));
		String id = done.get("created").get(0).get("id").asString();
		LocalDate wednesday = LocalDate.now(BERLIN)
			.plusWeeks(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
		assertThat(who(p.api, id, at(wednesday, "12:00", BERLIN))).isEqualTo(p.carol.id().toString());
		assertThat(who(p.api, id, at(wednesday, "20:00", BERLIN))).isEqualTo(weekOf(wednesday, p).id().toString());

		String escalation = p.personal(ImportTestData.fixture("opsgenie-escalation.json"));
		expect(200, p.api.postJson("/api/v1/imports/opsgenie-escalation?team=" + team, json(escalation)));
		assertThat(this.policies.policies(new TeamId(UUID.fromString(team)))).isEmpty();
		expect(201,
				p.api.postJson("/api/v1/imports/opsgenie-escalation?team=" + team + "&dryRun=false", json(escalation)));
		EscalationPolicy policy = this.policies.policies(new TeamId(UUID.fromString(team))).get(0);
		assertThat(policy.steps()).extracting((s) -> s.delay().toMinutes()).containsExactly(5L, 10L, 10L);
		assertThat(policy.steps().get(0).targets().get(0).id()).isEqualTo(UUID.fromString(id));

		Api.Response again = p.api.postJson("/api/v1/imports/opsgenie-schedule?team=" + team + "&dryRun=false",
				json(schedule));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("\"field\":\"name\"");
	}

	@Test
	void importedSchedulesAndPoliciesAreInTheAuditLogAsEditedOnesAre() {
		People p = people();
		String team = p.team("America/New_York");
		String schedule = expect(201,
				p.api.postJson("/api/v1/imports/pagerduty-schedule?team=" + team + "&dryRun=false",
						json(p.personal(ImportTestData.fixture("pagerduty-schedule.json")))))
			.get("created")
			.get(0)
			.get("id")
			.asString();
		String policy = expect(201,
				p.api.postJson("/api/v1/imports/pagerduty-escalation-policy?team=" + team + "&dryRun=false",
						json(p.personal(ImportTestData.fixture("pagerduty-escalation-policy.json")))))
			.get("created")
			.get(0)
			.get("id")
			.asString();

		Api auditor = Api.withToken(this.port, dev.sharpend.test.TestKeys.ADMIN_TOKEN);
		assertThat(audited(auditor, "oncall.schedule_created")).contains(schedule);
		assertThat(audited(auditor, "oncall.escalation_policy_created")).contains(policy);
	}

	/** The targets of the newest audit events with this action. */
	private static List<String> audited(Api auditor, String action) {
		List<String> targets = new ArrayList<>();
		expect(200, auditor.get("/api/v1/audit-events?size=100&action=" + action)).get("items")
			.forEach((e) -> targets.add(e.get("targetId").asString()));
		return targets;
	}

	@Test
	void aGrafanaCalendarAndPagerDutyScheduleAndPolicyAreImported() {
		People p = people();
		String team = p.team("Europe/Berlin");
		String calendar = p.personal(ImportTestData.fixture("grafana-oncall.ics"))
			.replace("[L0] alice", "[L0] " + p.alice.email())
			.replace("Carol Jones", p.carol.email());
		JsonNode plan = expect(200, p.api.postBytes("/api/v1/imports/ical?team=" + team, "text/calendar",
				calendar.getBytes(StandardCharsets.UTF_8)));
		assertThat(plan.get("items").get(0).get("reasons").get(0).asString()).startsWith("⚠ fixed shifts until ")
			.endsWith(": the recurring pattern is not kept.");
		JsonNode done = expect(201, p.api.postBytes("/api/v1/imports/ical?team=" + team + "&dryRun=false",
				"text/calendar", calendar.getBytes(StandardCharsets.UTF_8)));
		String id = done.get("created").get(0).get("id").asString();
		LocalDate wednesday = LocalDate.now(BERLIN)
			.plusWeeks(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
		assertThat(who(p.api, id, at(wednesday, "12:00", BERLIN))).isEqualTo(p.carol.id().toString());
		assertThat(who(p.api, id, at(wednesday, "20:00", BERLIN))).isEqualTo(weekOf(wednesday, p).id().toString());

		String pdTeam = p.team("America/New_York");
		expect(201, p.api.postJson("/api/v1/imports/pagerduty-schedule?team=" + pdTeam + "&dryRun=false",
				json(p.personal(ImportTestData.fixture("pagerduty-schedule.json")))));
		String pd = expect(200, p.api.get("/api/v1/schedules?team=" + pdTeam)).get(0).get("id").asString();
		LocalDate saturday = LocalDate.now(NEW_YORK)
			.plusWeeks(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		LocalDate thursday = saturday.minusDays(2);
		assertThat(who(p.api, pd, at(thursday, "03:00", NEW_YORK))).isEqualTo(p.carol.id().toString());
		assertThat(who(p.api, pd, at(saturday, "12:00", NEW_YORK))).isEqualTo(weekOf(saturday, p).id().toString());
		JsonNode policy = expect(201,
				p.api.postJson("/api/v1/imports/pagerduty-escalation-policy?team=" + pdTeam + "&dryRun=false",
						json(p.personal(ImportTestData.fixture("pagerduty-escalation-policy.json")))));
		assertThat(policy.get("created").get(0).get("name").asString()).isEqualTo("Checkout");
		assertThat(this.policies.policies(new TeamId(UUID.fromString(pdTeam)))).singleElement()
			.satisfies((e) -> assertThat(e.repeat()).isEqualTo(2));
	}

	@Test
	void aRefusedImportNamesTheFieldAndWritesNothing() {
		People p = people();
		String team = p.team("Europe/Berlin");
		String schedule = p.personal(ImportTestData.fixture("pagerduty-schedule.json"))
			.replace(p.bob.email(), "nobody@example.test");
		Api.Response unknown = p.api.postJson("/api/v1/imports/pagerduty-schedule?team=" + team + "&dryRun=false",
				json(schedule));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"field\":\"schedule.schedule_layers[1].users[1]\"")
			.contains("No Sharpend user has the e-mail nobody@example.test");
		assertThat(expect(200, p.api.get("/api/v1/schedules?team=" + team))).isEmpty();

		expect(201, p.api.postJson("/api/v1/imports/opsgenie-schedule?team=" + team + "&dryRun=false",
				json(p.personal(ImportTestData.fixture("opsgenie-schedule.json")))));
		String loop = p.personal(ImportTestData.fixture("opsgenie-escalation.json"))
			.replace(
					"\"recipient\": { \"type\": \"user\", \"id\": \"c4alp5d8-0c8a-4b4e-9c1a-2f1b0d4e5f6a\", "
							+ "\"username\": \"" + p.bob.email() + "\" }",
					"\"recipient\": { \"type\": \"escalation\", \"name\": \"Payments_escalation\" }");
		Api.Response refused = p.api.postJson("/api/v1/imports/opsgenie-escalation?team=" + team + "&dryRun=false",
				json(loop));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("escalates to itself");
		assertThat(this.policies.policies(new TeamId(UUID.fromString(team)))).isEmpty();

		Api.Response broken = p.api.postBytes("/api/v1/imports/ical?team=" + team + "&dryRun=false", "text/calendar",
				"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x".getBytes(StandardCharsets.UTF_8));
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.body()).contains("\"field\":\"body\"");
		Api.Response internal = p.api.postJson("/api/v1/imports/ical?team=" + team,
				Map.of("url", "http://127.0.0.1:" + this.port + "/oncall/calendar/x.ics"));
		assertThat(internal.status()).isEqualTo(400);
		assertThat(internal.body()).contains("\"field\":\"url\"").contains("private, loopback");
		assertThat(p.api.postJson("/api/v1/imports/splunk?team=" + team, Map.of()).body())
			.contains("\"field\":\"source\"");
		assertThat(expect(200, p.api.get("/api/v1/schedules?team=" + team))).hasSize(1);
	}

	private People people() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		return new People(f.responder(), f.person("Alice"), f.person("Bob"), f.person("Carol"));
	}

	private static Object json(String body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
	}

	private static Instant at(LocalDate day, String time, ZoneId zone) {
		return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
	}

	/** Alice holds the fixtures' round-the-clock rotation in even weeks, Bob in odd. */
	private static User weekOf(LocalDate day, People p) {
		long weeks = ChronoUnit.DAYS.between(FIRST_MONDAY, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
				/ 7;
		return (weeks % 2 == 0) ? p.alice : p.bob;
	}

	private static String who(Api api, String schedule, Instant at) {
		JsonNode slot = expect(200,
				api.get("/api/v1/schedules/" + schedule + "/final?from=" + at + "&to=" + at.plusSeconds(60)))
			.get("slots")
			.get(0);
		return slot.get("user").isNull() ? "nobody" : slot.get("user").get("id").asString();
	}

	private static final class People {

		final Api api;

		final User alice;

		final User bob;

		final User carol;

		final List<String> teams = new ArrayList<>();

		People(Api api, User alice, User bob, User carol) {
			this.api = api;
			this.alice = alice;
			this.bob = bob;
			this.carol = carol;
		}

		String team(String zone) {
			JsonNode team = expect(201, this.api.postJson("/api/v1/teams", Map.of("name",
					"Payments " + OnCallFixtures.suffix(), "timeZone", zone, "members",
					List.of(this.alice.id().toString(), this.bob.id().toString(), this.carol.id().toString()))));
			this.teams.add(team.get("name").asString());
			return team.get("id").asString();
		}

		/** The fixture with this test's people and team in place of the examples. */
		String personal(String fixture) {
			String text = fixture.replace("alice@example.test", this.alice.email())
				.replace("bob@example.test", this.bob.email())
				.replace("carol@example.test", this.carol.email());
			return this.teams.isEmpty() ? text
					: text.replace("\"name\": \"Payments\" }", "\"name\": \"" + this.teams.get(0) + "\" }");
		}

	}

}
