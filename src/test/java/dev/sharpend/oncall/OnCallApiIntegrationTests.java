package dev.sharpend.oncall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A responder builds a team, a schedule with two layers and an override over the API, and
 * asks who is on call; bad input is refused naming the field, with nothing created.
 */
@SharpendIntegrationTest
class OnCallApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void whoIsOnCallFollowsLayersRestrictionsAndOverridesAndSaysWhy() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		User carol = f.person("Carol");
		Api responder = f.responder();
		String team = OnCallFixtures.team(responder, "Europe/Berlin", List.of(alice, bob, carol));
		String schedule = OnCallFixtures.schedule(responder, team, "Primary");
		// Weekly turns from Monday 4 January 2027, 09:00 in Berlin (08:00 UTC).
		JsonNode primary = expect(201, responder.postJson("/api/v1/rotations", rotation(schedule, "Around the clock",
				List.of(alice, bob), 1, "weeks", "2027-01-04T09:00:00+01:00", List.of())));
		assertThat(primary.get("layer").asInt()).isEqualTo(1);
		assertThat(primary.get("handoffLocal").asString()).isEqualTo("2027-01-04T09:00");

		JsonNode now = expect(200, responder.get("/api/v1/oncall?team=" + team + "&at=2027-01-05T11:00:00Z"));
		assertThat(now.get("oncall").get(0).get("explanation").asString())
			.isEqualTo("Alice, from layer Around the clock, until Mon 09:00");
		assertThat(now.get("oncall").get(0).get("user").get("id").asString()).isEqualTo(alice.id().toString());

		expect(201, responder.postJson("/api/v1/rotations", rotation(schedule, "Business hours", List.of(carol), 1,
				"days", "2027-01-04T09:00:00+01:00",
				List.of(Map.of("days", List.of("mon", "tue", "wed", "thu", "fri"), "from", "09:00", "to", "17:00")))));
		assertThat(explanation(responder, team, "2027-01-05T11:00:00Z"))
			.isEqualTo("Carol, from layer Business hours, until Tue 17:00");
		assertThat(explanation(responder, team, "2027-01-05T20:00:00Z"))
			.isEqualTo("Alice, from layer Around the clock, until Wed 09:00");

		expect(201, responder.postJson("/api/v1/overrides", Map.of("schedule", schedule, "user", bob.id().toString(),
				"start", "2027-01-05T10:00:00Z", "end", "2027-01-05T14:00:00Z")));
		assertThat(explanation(responder, team, "2027-01-05T11:00:00Z"))
			.isEqualTo("Bob, by an override, until Tue 15:00");

		String overrideId = expect(200, responder.get("/api/v1/overrides?schedule=" + schedule)).get(0)
			.get("id")
			.asString();
		expect(204, responder.delete("/api/v1/overrides/" + overrideId));
		assertThat(explanation(responder, team, "2027-01-05T11:00:00Z"))
			.isEqualTo("Carol, from layer Business hours, until Tue 17:00");

		Map<String, Object> swapped = rotation(schedule, "Around the clock", List.of(bob, alice), 1, "weeks",
				"2027-01-04T09:00:00+01:00", List.of());
		expect(200, responder.sendJson("PUT", "/api/v1/rotations/" + primary.get("id").asString(), swapped));
		assertThat(explanation(responder, team, "2027-01-05T20:00:00Z"))
			.isEqualTo("Bob, from layer Around the clock, until Wed 09:00");
		assertThat(expect(200, responder.get("/api/v1/oncall?at=2027-01-05T20:00:00Z")).get("oncall")
			.valueStream()
			.filter((o) -> o.get("team").asString().equals(team))
			.map((o) -> o.get("explanation").asString())
			.toList()).containsExactly("Bob, from layer Around the clock, until Wed 09:00");

		JsonNode plan = expect(200, responder
			.get("/api/v1/schedules/" + schedule + "/final?from=2027-01-03T00:00:00Z&to=2027-01-04T12:00:00Z"));
		assertThat(plan.get("slots").valueStream().map((s) -> s.get("source").asString()).toList())
			.containsExactly("gap", "layer");
		assertThat(plan.get("slots").get(1).get("layer").asString()).isEqualTo("Business hours");
		assertThat(plan.get("slots").get(0).get("end").asString()).isEqualTo("2027-01-04T08:00:00Z");
		assertThat(f.admin().get("/api/v1/audit-events?action=oncall.rotation_created&size=50").body())
			.contains("name=Business hours");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsCreated() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		Api responder = f.responder();
		String name = "Mars team " + OnCallFixtures.suffix();
		assertRefused(responder.postJson("/api/v1/teams", Map.of("name", name, "timeZone", "Mars/Olympus_Mons")),
				"timeZone", "Mars/Olympus_Mons");
		assertRefused(
				responder.postJson("/api/v1/teams",
						Map.of("name", name, "timeZone", "UTC", "members", List.of(UUID.randomUUID().toString()))),
				"members", "no active user");
		assertThat(responder.get("/api/v1/teams").body()).doesNotContain(name);

		String team = OnCallFixtures.team(responder, "America/New_York", List.of(alice));
		String schedule = OnCallFixtures.schedule(responder, team, "Primary");
		Map<String, Object> good = rotation(schedule, "Primary", List.of(alice), 1, "days", "2027-01-04T09:00:00-05:00",
				List.of());
		assertRefused(responder.postJson("/api/v1/rotations", with(good, "shiftLength", 0)), "shiftLength",
				"between 1 and");
		assertRefused(responder.postJson("/api/v1/rotations", with(good, "timeZone", "Europe/Atlantis")), "timeZone",
				"Europe/Atlantis");
		assertRefused(
				responder.postJson("/api/v1/rotations",
						with(good, "participants", List.of(UUID.randomUUID().toString()))),
				"participants", "no active user");
		assertRefused(responder.postJson("/api/v1/rotations", with(good, "shiftUnit", "fortnights")), "shiftUnit",
				"fortnights");
		assertRefused(
				responder.postJson("/api/v1/rotations",
						with(good, "restrictions",
								List.of(Map.of("days", List.of("someday"), "from", "09:00", "to", "17:00")))),
				"restrictions[0].days", "someday");
		assertThat(expect(200, responder.get("/api/v1/rotations?schedule=" + schedule))).isEmpty();

		expect(201, responder.postJson("/api/v1/rotations", good));
		Api.Response sameLayer = responder.postJson("/api/v1/rotations", with(good, "layer", 1));
		assertThat(sameLayer.status()).isEqualTo(409);
		assertThat(sameLayer.body()).contains("\"field\":\"layer\"");
		assertRefused(responder.postJson("/api/v1/overrides", Map.of("schedule", schedule, "user",
				alice.id().toString(), "start", "2027-01-05T10:00:00Z", "end", "2027-01-05T10:00:00Z")), "end",
				"after it starts");
	}

	private static String explanation(Api api, String team, String at) {
		return expect(200, api.get("/api/v1/oncall?team=" + team + "&at=" + at)).get("oncall")
			.get(0)
			.get("explanation")
			.asString();
	}

	private static void assertRefused(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(message);
	}

	private static Map<String, Object> rotation(String schedule, String name, List<User> people, int length,
			String unit, String handoff, List<Map<String, Object>> restrictions) {
		Map<String, Object> body = new HashMap<>();
		body.put("schedule", schedule);
		body.put("name", name);
		body.put("participants", people.stream().map((u) -> u.id().toString()).toList());
		body.put("shiftLength", length);
		body.put("shiftUnit", unit);
		body.put("handoff", handoff);
		body.put("timeZone", (handoff.endsWith("-05:00")) ? "America/New_York" : "Europe/Berlin");
		body.put("restrictions", restrictions);
		return body;
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(key, value);
		return changed;
	}

}
