package dev.sharpend.oncall;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder makes a secret calendar link to a schedule; a calendar app fetches the
 * shifts without signing in, gets the same event UIDs on the next fetch, and nothing once
 * the link is revoked.
 */
@SharpendIntegrationTest
class CalendarFeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void aSecretLinkServesTheShiftsUntilItIsRevoked() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		Api responder = f.responder();
		String team = OnCallFixtures.team(responder, "Europe/Berlin", List.of(alice, bob));
		String schedule = OnCallFixtures.schedule(responder, team, "Primary");
		String monday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(10) + "T09:00:00+01:00";
		expect(201,
				responder.postJson("/api/v1/rotations",
						Map.of("schedule", schedule, "name", "Weekly", "participants",
								List.of(alice.id().toString(), bob.id().toString()), "shiftLength", 1, "shiftUnit",
								"days", "handoff", monday, "timeZone", "Europe/Berlin")));

		JsonNode feed = expect(201, responder.postJson("/api/v1/schedules/" + schedule + "/calendar-feeds", Map.of()));
		String url = feed.get("url").asString();
		assertThat(url).contains("/oncall/calendar/cal_").endsWith(".ics");
		String path = url.substring(url.indexOf("/oncall/"));
		Api calendarApp = Api.anonymous(this.port);
		Api.Response first = calendarApp.get(path);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Type")).startsWith("text/calendar");
		assertThat(first.body()).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("SUMMARY:On call: Alice (Weekly)", "SUMMARY:On call: Bob (Weekly)");
		List<String> uids = first.body().lines().filter((l) -> l.startsWith("UID:")).toList();
		assertThat(uids).hasSizeGreaterThan(50);
		assertThat(calendarApp.get(path).body().lines().filter((l) -> l.startsWith("UID:")).toList()).isEqualTo(uids);
		assertThat(expect(200, responder.get("/api/v1/schedules/" + schedule + "/calendar-feeds")).get(0).has("url"))
			.isFalse();

		expect(204, responder.delete("/api/v1/calendar-feeds/" + feed.get("id").asString()));
		Api.Response revoked = calendarApp.get(path);
		assertThat(revoked.status()).isEqualTo(404);
		assertThat(revoked.body()).doesNotContain("VCALENDAR");
		assertThat(calendarApp.get("/oncall/calendar/cal_guessed.ics").status()).isEqualTo(404);
	}

}
