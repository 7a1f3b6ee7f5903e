package dev.sharpend.oncall;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder builds, changes and deletes escalation policies and routes an integration
 * to them over the API; every refusal names its field and stores nothing, and a viewer
 * may read but not change.
 */
@SharpendIntegrationTest
class EscalationPolicyApiIntegrationTests {

	private static final String POLICIES = "/api/v1/escalation-policies";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void policiesAreCreatedChangedDeletedAndRoutedTo() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		Api responder = f.responder();
		String team = OnCallFixtures.team(responder, "Europe/Berlin", List.of(alice, bob));
		String teamName = expect(200, responder.get("/api/v1/teams/" + team)).get("name").asString();
		String schedule = OnCallFixtures.schedule(responder, team, "Primary");

		// Alice is named by e-mail address, as a person would type her.
		JsonNode created = expect(201,
				responder.postJson(POLICIES, policy(team, "Night", 1, step(5, false, target("user", alice.email())),
						step(10, false, target("schedule", schedule), target("team", team)))));
		String id = created.get("id").asString();
		assertThat(created.get("preview").asString()).isEqualTo(
				"If nobody acknowledges: at 0 min Alice; at 5 min " + "whoever is on call on Primary and the whole "
						+ teamName + "; then repeats once (last page at 20 min).");
		JsonNode first = created.get("steps").get(0).get("targets").get(0);
		assertThat(first.get("id").asString()).isEqualTo(alice.id().toString());
		assertThat(first.get("name").asString()).isEqualTo("Alice");

		JsonNode list = expect(200, responder.get(POLICIES + "?team=" + team));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("page").asInt()).isZero();
		assertThat(list.get("items").get(0).get("name").asString()).isEqualTo("Night");

		JsonNode changed = expect(200, responder.sendJson("PUT", POLICIES + "/" + id, policy(null, "Nights", 0,
				step(15, true, target("user", alice.id().toString()), target("user", bob.email())))));
		assertThat(changed.get("preview").asString())
			.isEqualTo("If nobody acknowledges: at 0 min one of Alice, Bob in turn; then stops.");
		assertThat(expect(200, responder.get(POLICIES + "/" + id)).get("steps").get(0).get("delayMinutes").asInt())
			.isEqualTo(15);

		String integration = integration(f);
		String routes = "/api/v1/integrations/" + integration + "/routes";
		expect(200,
				responder.sendJson("PUT", routes, List.of(
						Map.of("matchers", "severity = critical, env!=staging", "policy", id, "urgency", "high"),
						Map.of("matchers", "", "policy", id, "urgency", "low"))));
		JsonNode read = expect(200, responder.get(routes));
		assertThat(read.get("total").asInt()).isEqualTo(2);
		assertThat(read.get("items").get(0).get("matchers").asString()).isEqualTo("severity=critical,env!=staging");
		assertThat(read.get("items").get(0).get("policyName").asString()).isEqualTo("Nights");
		assertThat(read.get("items").get(1).get("urgency").asString()).isEqualTo("low");
		assertThat(read.get("items").get(1).get("preview").asString()).startsWith("If nobody acknowledges:");

		// A routed policy is not deleted from under its integration.
		Api.Response routed = responder.delete(POLICIES + "/" + id);
		assertThat(routed.status()).isEqualTo(409);
		assertThat(routed.body()).contains("\"field\":\"routes\"");
		expect(200, responder.sendJson("PUT", routes, List.of()));
		assertThat(expect(200, responder.get(routes)).get("items")).isEmpty();
		expect(204, responder.delete(POLICIES + "/" + id));
		assertThat(responder.get(POLICIES + "/" + id).status()).isEqualTo(404);

		Api admin = f.admin();
		assertThat(admin.get("/api/v1/audit-events?action=oncall.escalation_policy_created&size=50").body())
			.contains(id)
			.contains("name=Night");
		assertThat(admin.get("/api/v1/audit-events?action=oncall.escalation_policy_changed&size=50").body())
			.contains("name=Nights");
		assertThat(admin.get("/api/v1/audit-events?action=oncall.routes_replaced&size=50").body()).contains(integration)
			.contains("severity=critical,env!=staging");
		assertThat(admin.get("/api/v1/audit-events?action=oncall.escalation_policy_deleted&size=50").body())
			.contains(id);
	}

	@Test
	void badPoliciesAreRefusedNamingTheFieldAndNothingIsStored() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User gone = f.person("Gone");
		this.accounts.setActive(gone.id(), false, alice.id());
		Api responder = f.responder();
		String team = OnCallFixtures.team(responder, "UTC", List.of(alice));
		Map<String, Object> alicePaged = step(5, false, target("user", alice.id().toString()));

		assertRefused(responder.postJson(POLICIES, policy(team, " ", 0, alicePaged)), 400, "name", "a name");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 10, alicePaged)), 400, "repeat", "0 to 9");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", -1, alicePaged)), 400, "repeat", "0 to 9");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0)), 400, "steps", "at least one step");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0, alicePaged, step(5, false))), 400,
				"steps[1].targets", "Step 2 needs");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0, step(0, false, target("team", team)))), 400,
				"steps[0].delayMinutes", "1 to 1440 minutes");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0, step(1441, false, target("team", team)))), 400,
				"steps[0].delayMinutes", "1 to 1440 minutes");
		assertRefused(
				responder.postJson(POLICIES,
						policy(team, "P", 0,
								step(5, false, target("team", team), target("user", UUID.randomUUID().toString())))),
				400, "steps[0].targets[1].id", "no Sharpend user");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0, step(5, false, target("user", gone.email())))),
				400, "steps[0].targets[0].id", "deactivated");
		assertRefused(
				responder.postJson(POLICIES,
						policy(team, "P", 0, step(5, false, target("schedule", UUID.randomUUID().toString())))),
				400, "steps[0].targets[0].id", "There is no schedule");
		assertRefused(
				responder.postJson(POLICIES,
						policy(team, "P", 0, step(5, false, target("team", UUID.randomUUID().toString())))),
				400, "steps[0].targets[0].id", "There is no team");
		assertRefused(responder.postJson(POLICIES, policy(team, "P", 0, step(5, false, target("channel", team)))), 400,
				"steps[0].targets[0].type", "channel");
		assertRefused(responder.postJson(POLICIES, policy(UUID.randomUUID().toString(), "P", 0, alicePaged)), 400,
				"team", "There is no team");
		assertThat(expect(200, responder.get(POLICIES + "?team=" + team)).get("total").asInt()).isZero();

		String id = expect(201, responder.postJson(POLICIES, policy(team, "Day", 0, alicePaged))).get("id").asString();
		assertRefused(responder.postJson(POLICIES, policy(team, "day", 0, alicePaged)), 409, "name", "already");
		assertRefused(responder.sendJson("PUT", POLICIES + "/" + id, policy(null, "Day", 0, step(5, false))), 400,
				"steps[0].targets", "Step 1 needs");
		JsonNode kept = expect(200, responder.get(POLICIES + "?team=" + team));
		assertThat(kept.get("total").asInt()).isEqualTo(1);
		assertThat(kept.get("items").get(0).get("steps").get(0).get("targets")).hasSize(1);

		String routes = "/api/v1/integrations/" + integration(f) + "/routes";
		assertRefused(responder.sendJson("PUT", routes, List.of(route("severity", id, "high"))), 400,
				"routes[0].matchers", "name=value or name!=value");
		assertRefused(
				responder.sendJson("PUT", routes,
						List.of(route("", id, "high"), route("", UUID.randomUUID().toString(), "high"))),
				400, "routes[1].policy", "no escalation policy");
		assertRefused(responder.sendJson("PUT", routes, List.of(route("", id, "urgent"))), 400, "routes[0].urgency",
				"urgent");
		assertThat(expect(200, responder.get(routes)).get("items")).isEmpty();
		assertThat(responder.get("/api/v1/integrations/" + UUID.randomUUID() + "/routes").status()).isEqualTo(404);
	}

	@Test
	void aViewerReadsButCannotChangePoliciesOrRoutes() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		Api responder = f.responder();
		String team = OnCallFixtures.team(responder, "UTC", List.of(alice));
		String id = expect(201,
				responder.postJson(POLICIES,
						policy(team, "Day", 0, step(5, false, target("user", alice.id().toString())))))
			.get("id")
			.asString();
		User viewer = f.person("Viewer");
		Api reader = Api.withToken(this.port,
				this.tokens.create(viewer::id, "reader", EnumSet.of(Permission.ONCALL_READ), null).value());

		assertThat(expect(200, reader.get(POLICIES + "/" + id)).get("name").asString()).isEqualTo("Day");
		assertThat(reader.postJson(POLICIES, policy(team, "Other", 0, step(5, false, target("team", team)))).status())
			.isEqualTo(403);
		assertThat(reader
			.sendJson("PUT", POLICIES + "/" + id, policy(null, "Renamed", 0, step(5, false, target("team", team))))
			.status()).isEqualTo(403);
		assertThat(reader.delete(POLICIES + "/" + id).status()).isEqualTo(403);
		String routes = "/api/v1/integrations/" + integration(f) + "/routes";
		assertThat(reader.sendJson("PUT", routes, List.of(route("", id, "high"))).status()).isEqualTo(403);
		assertThat(expect(200, reader.get(routes)).get("items")).isEmpty();
		assertThat(expect(200, reader.get(POLICIES + "/" + id)).get("name").asString()).isEqualTo("Day");
	}

	private static String integration(OnCallFixtures f) {
		return expect(201,
				f.admin()
					.postJson("/api/v1/integrations",
							Map.of("name", "Prometheus " + OnCallFixtures.suffix(), "type", "alertmanager")))
			.get("id")
			.asString();
	}

	private static void assertRefused(Api.Response response, int status, String field, String message) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(message);
	}

	@SafeVarargs
	private static Map<String, Object> policy(String team, String name, int repeat, Map<String, Object>... steps) {
		Map<String, Object> body = new HashMap<>();
		if (team != null) {
			body.put("team", team);
		}
		body.put("name", name);
		body.put("repeat", repeat);
		body.put("steps", List.of(steps));
		return body;
	}

	@SafeVarargs
	private static Map<String, Object> step(int delay, boolean roundRobin, Map<String, String>... targets) {
		return Map.of("delayMinutes", delay, "roundRobin", roundRobin, "targets", List.of(targets));
	}

	private static Map<String, String> target(String type, String id) {
		return Map.of("type", type, "id", id);
	}

	private static Map<String, String> route(String matchers, String policy, String urgency) {
		return Map.of("matchers", matchers, "policy", policy, "urgency", urgency);
	}

}
