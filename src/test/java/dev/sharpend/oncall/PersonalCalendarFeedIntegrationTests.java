package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person makes a secret link to their own shifts; a calendar app fetches them without
 * signing in: only that person's stretches, overrides counted, the same UIDs once time
 * has moved on, and nothing once the link is revoked.
 */
@LoopbackIntegrationTest
class PersonalCalendarFeedIntegrationTests {

	/** Alice's turns start on even days after this handoff, Bob's on odd ones. */
	static final Instant HANDOFF = Instant.parse("2026-12-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	MovableClock clock;

	@AfterEach
	void realTimeForTheNextClass() {
		this.clock.set(Instant.now());
	}

	@Test
	void aPersonsLinkServesTheirOwnShiftsInEveryScheduleUntilRevoked() {
		this.clock.set(Instant.parse("2027-01-04T12:00:00Z"));
		OnCallFixtures f = OnCallFixtures.of(this.port, this.application);
		Api responder = f.responder();
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		User carol = f.person("Carol");
		String team = OnCallFixtures.team(responder, "UTC", List.of(alice, bob, carol));
		String primary = OnCallFixtures.schedule(responder, team, "Primary");
		expect(201,
				responder.postJson("/api/v1/rotations",
						Map.of("schedule", primary, "name", "Daily", "participants",
								List.of(alice.id().toString(), bob.id().toString()), "shiftLength", 1, "shiftUnit",
								"days", "handoff", HANDOFF.toString(), "timeZone", "UTC")));
		override(responder, primary, alice, "2027-01-07T12:00:00Z", "2027-01-07T16:00:00Z");
		override(responder, primary, carol, "2027-01-08T08:00:00Z", "2027-01-09T08:00:00Z");
		String other = OnCallFixtures.schedule(responder, team, "Database " + OnCallFixtures.suffix());
		expect(201,
				responder.postJson("/api/v1/rotations",
						Map.of("schedule", other, "name", "Weekly", "participants",
								List.of(bob.id().toString(), carol.id().toString()), "shiftLength", 1, "shiftUnit",
								"weeks", "handoff", HANDOFF.toString(), "timeZone", "UTC")));

		Api aliceApi = f.api(alice, EnumSet.of(Permission.ONCALL_READ));
		JsonNode link = expect(201, aliceApi.postJson("/api/v1/me/calendar-feeds", Map.of()));
		String path = path(link.get("url").asString());
		assertThat(path).startsWith("/oncall/calendar/person/cal_").endsWith(".ics");
		Api calendarApp = Api.anonymous(this.port);
		Api.Response first = calendarApp.get(path);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Type")).startsWith("text/calendar");
		ParsedCalendar feed = ParsedCalendar.of(first.body());

		assertThat(feed.name()).isEqualTo("On call: Alice");
		assertThat(feed.events()).hasSizeGreaterThan(25)
			.allSatisfy((e) -> assertThat(e.summary()).satisfiesAnyOf(
					(s) -> assertThat(s).isEqualTo("On call: Primary (override)"),
					(s) -> assertThat(s).isEqualTo("On call: Primary (Daily)")));
		assertThat(feed.events().stream().map(ParsedCalendar.Event::when)).contains(
				"On call: Primary (Daily) 2027-01-06T08:00:00Z/2027-01-07T08:00:00Z",
				"On call: Primary (override) 2027-01-07T12:00:00Z/2027-01-07T16:00:00Z");
		assertThat(feed.events()).filteredOn((e) -> e.summary().endsWith("(Daily)"))
			.allSatisfy((e) -> assertThat(dayOfTurn(e.start()) % 2).as(e.when()).isZero())
			.noneSatisfy((e) -> assertThat(e.start()).isEqualTo("2027-01-08T08:00:00Z"));

		Api bobApi = f.api(bob, EnumSet.of(Permission.ONCALL_READ));
		ParsedCalendar bobs = ParsedCalendar.of(calendarApp
			.get(path(expect(201, bobApi.postJson("/api/v1/me/calendar-feeds", Map.of())).get("url").asString()))
			.body());
		assertThat(bobs.events()).filteredOn((e) -> e.summary().endsWith("(Daily)"))
			.hasSizeGreaterThan(25)
			.allSatisfy((e) -> assertThat(dayOfTurn(e.start()) % 2).as(e.when()).isOne());
		assertThat(bobs.events()).anySatisfy((e) -> assertThat(e.summary()).startsWith("On call: Database"))
			.filteredOn((e) -> e.summary().startsWith("On call: Primary"))
			.noneSatisfy((e) -> assertThat(feed.events()).extracting(ParsedCalendar.Event::start).contains(e.start()));

		this.clock.advance(Duration.ofDays(1));
		Map<String, String> before = feed.events()
			.stream()
			.collect(Collectors.toMap(ParsedCalendar.Event::when, ParsedCalendar.Event::uid));
		List<ParsedCalendar.Event> later = ParsedCalendar.of(calendarApp.get(path).body()).events();
		assertThat(later).filteredOn((e) -> before.containsKey(e.when()))
			.hasSizeGreaterThan(25)
			.allSatisfy((e) -> assertThat(e.uid()).isEqualTo(before.get(e.when())));

		String id = link.get("id").asString();
		assertThat(expect(200, bobApi.get("/api/v1/me/calendar-feeds")).get("items").findValuesAsString("id"))
			.doesNotContain(id);
		assertThat(bobApi.delete("/api/v1/me/calendar-feeds/" + id).status()).isEqualTo(404);
		assertThat(calendarApp.get(path).status()).isEqualTo(200);
		JsonNode listed = expect(200, aliceApi.get("/api/v1/me/calendar-feeds")).get("items");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).has("url")).isFalse();

		expect(204, aliceApi.delete("/api/v1/me/calendar-feeds/" + id));
		Api.Response revoked = calendarApp.get(path);
		assertThat(revoked.status()).isEqualTo(404);
		assertThat(revoked.body()).doesNotContain("VCALENDAR");
		assertThat(calendarApp.get("/oncall/calendar/person/cal_guessed.ics").status()).isEqualTo(404);
	}

	@Test
	void aPersonMakesAndRevokesTheirLinkOnTheirPagingPageAndItEndsWithTheirAccount() {
		OnCallFixtures f = OnCallFixtures.of(this.port, this.application);
		User dana = f.person("Dana");
		Api danaApi = f.api(dana, EnumSet.of(Permission.ONCALL_READ));
		Api browser = Api.signedIn(this.port, dana.email(), OnCallFixtures.PASSWORD);
		assertThat(browser.getHtml("/oncall/me").body()).contains("No calendar link.");

		Api.Response made = browser.submitForm("/oncall/me", "/oncall/me/calendar-feeds", Map.of());
		assertThat(made.status()).isEqualTo(200);
		Matcher url = Pattern.compile("value=\"(http[^\"]+/oncall/calendar/person/cal_[^\"]+\\.ics)\"")
			.matcher(made.body());
		assertThat(url.find()).as(made.body()).isTrue();
		Api calendarApp = Api.anonymous(this.port);
		assertThat(calendarApp.get(path(url.group(1))).status()).isEqualTo(200);
		String page = browser.getHtml("/oncall/me").body();
		assertThat(page).doesNotContain("No calendar link.").contains("Revoke");

		String id = expect(200, danaApi.get("/api/v1/me/calendar-feeds")).get("items").get(0).get("id").asString();
		Api.Response revoked = browser.submitForm("/oncall/me", "/oncall/me/calendar-feeds/" + id + "/revoke",
				Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(browser.getHtml("/oncall/me").body()).contains("Calendar link revoked", "No calendar link.");
		assertThat(calendarApp.get(path(url.group(1))).status()).isEqualTo(404);

		String another = path(
				expect(201, danaApi.postJson("/api/v1/me/calendar-feeds", Map.of())).get("url").asString());
		assertThat(calendarApp.get(another).status()).isEqualTo(200);
		this.application.getBean(Accounts.class).setActive(dana.id(), false, f.person("Administrator").id());
		assertThat(calendarApp.get(another).status()).as("a deactivated person's link").isEqualTo(404);
	}

	private static void override(Api api, String schedule, User user, String start, String end) {
		expect(201, api.postJson("/api/v1/overrides",
				Map.of("schedule", schedule, "user", user.id().toString(), "start", start, "end", end)));
	}

	private static long dayOfTurn(Instant start) {
		return ChronoUnit.DAYS.between(HANDOFF.atOffset(ZoneOffset.UTC), start.atOffset(ZoneOffset.UTC));
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/oncall/"));
	}

}
