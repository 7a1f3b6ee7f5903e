package dev.sharpend.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class IncidentApiIntegrationTests {

	private static final RoleId VIEWER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void declaringMakesTheDeclarerCommanderAndTheIncidentMovesAlongItsTransitions() {
		IncidentFixtures f = fixtures();
		JsonNode declared = f.declare("Checkout fails", "severity", "SEV2", "summary", "Payments time out.");
		long number = declared.get("number").asLong();
		assertThat(declared.get("reference").asString()).isEqualTo("INC-" + number);
		assertThat(declared.get("status").asString()).isEqualTo("investigating");
		assertThat(declared.get("roles").get(0).get("role").asString()).isEqualTo("commander");
		assertThat(declared.get("roles").get(0).get("holder").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(declared.get("participants").get(0).get("person").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);

		assertThat(patch(f, number, Map.of("status", "mitigated")).get("mitigatedAt")).isNotNull();
		JsonNode resolved = patch(f, number, Map.of("status", "resolved"));
		assertThat(resolved.get("resolvedAt")).isNotNull();
		assertThat(patch(f, number, Map.of("status", "closed")).get("status").asString()).isEqualTo("closed");
		Api.Response reopen = f.admin()
			.sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("status", "investigating"));
		assertThat(reopen.status()).isEqualTo(409);
		assertThat(reopen.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(f.timeline(number, "?kind=status")).containsExactly(
				"status: Status changed from **Investigating** to **Mitigated**.",
				"status: Status changed from **Mitigated** to **Resolved**.",
				"status: Status changed from **Resolved** to **Closed**.");
		assertThat(f.admin().get("/api/v1/incidents/INC-" + number).json().get("title").asString())
			.isEqualTo("Checkout fails");
	}

	@Test
	void unknownSeverityStatusOrKindIsA400NamingTheFieldAndStoresNothing() {
		IncidentFixtures f = fixtures();
		long before = count("incident");
		expectField(f.admin().postJson("/api/v1/incidents", Map.of("title", "Bad", "severity", "SEV9")), "severity");
		expectField(f.admin().postJson("/api/v1/incidents", Map.of("summary", "no title")), "title");
		assertThat(count("incident")).isEqualTo(before);

		long number = f.declare("Queue backlog").get("number").asLong();
		long version = f.admin().get("/api/v1/incidents/" + number).json().get("version").asLong();
		expectField(
				f.admin()
					.sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("title", "Renamed", "status", "sleeping")),
				"status");
		expectField(
				f.admin()
					.sendJson("PATCH", "/api/v1/incidents/" + number, Map.of("title", "Renamed", "severity", "SEV0")),
				"severity");
		List<String> timeline = f.timeline(number, "");
		expectField(f.admin()
			.postJson("/api/v1/incidents/" + number + "/timeline", Map.of("kind", "rumour", "body", "Heard something")),
				"kind");
		expectField(f.admin()
			.postJson("/api/v1/incidents/" + number + "/timeline",
					Map.of("kind", "status", "body", "Pretending to be Sharpend")),
				"kind");
		expectField(f.admin()
			.postJson("/api/v1/incidents/" + number + "/timeline",
					Map.of("kind", "action", "body", "Later", "occurredAt", "yesterday")),
				"occurredAt");
		expectField(f.admin().get("/api/v1/incidents/" + number + "/timeline?kind=gossip"), "kind");
		JsonNode after = f.admin().get("/api/v1/incidents/" + number).json();
		assertThat(after.get("title").asString()).isEqualTo("Queue backlog");
		assertThat(after.get("version").asLong()).isEqualTo(version);
		assertThat(f.timeline(number, "")).isEqualTo(timeline);
	}

	@Test
	void readersMayReadButNotWriteAndStrangersNeither() {
		IncidentFixtures f = fixtures();
		long number = f.declare("Read only").get("number").asLong();
		String token = f.admin()
			.postJson("/api/v1/tokens", Map.of("name", "reader", "permissions", List.of("incident:read")))
			.json()
			.get("token")
			.asString();
		Api reader = Api.withToken(this.port, token);
		assertThat(reader.get("/api/v1/incidents/" + number).status()).isEqualTo(200);
		assertThat(reader.get("/api/v1/incidents?status=open").status()).isEqualTo(200);
		assertThat(reader.postJson("/api/v1/incidents", Map.of("title", "Nope")).status()).isEqualTo(403);
		assertThat(reader
			.postJson("/api/v1/incidents/" + number + "/timeline", Map.of("kind", "observation", "body", "Nope"))
			.status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/v1/incidents").status()).isEqualTo(401);
	}

	@Test
	void timelineEntriesAreWrittenBackfilledCorrectedFilteredAndRemoved() {
		IncidentFixtures f = fixtures();
		long number = f.declare("Slow search").get("number").asLong();
		String path = "/api/v1/incidents/" + number + "/timeline";
		JsonNode seen = IncidentFixtures.expect(201,
				f.admin()
					.postJson(path, Map.of("kind", "observation", "body", "Search p99 at **4s**", "occurredAt",
							"2026-01-01T09:00:00Z")));
		assertThat(seen.get("occurredAt").asString()).isEqualTo("2026-01-01T09:00:00Z");
		assertThat(seen.get("author").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		IncidentFixtures.expect(201, f.admin().postJson(path, Map.of("kind", "action", "body", "Restarted search")));

		assertThat(f.timeline(number, "?kind=observation,action").get(0))
			.isEqualTo("observation: Search p99 at **4s**");
		assertThat(f.timeline(number, "?kind=action")).containsExactly("action: Restarted search");
		assertThat(f.timeline(number, "?author=someone-else@example.com")).isEmpty();

		JsonNode edited = f.admin()
			.sendJson("PATCH", path + "/" + seen.get("id").asLong(),
					Map.of("kind", "decision", "occurredAt", "2026-01-01T08:30:00Z"))
			.json();
		assertThat(edited.get("kind").asString()).isEqualTo("decision");
		assertThat(edited.get("editedAt")).isNotNull();
		assertThat(f.admin().delete(path + "/" + seen.get("id").asLong()).status()).isEqualTo(204);
		assertThat(f.admin().get(path + "/" + seen.get("id").asLong()).status()).isEqualTo(404);
		long automatic = f.admin().get(path + "?kind=role").json().get("items").get(0).get("id").asLong();
		assertThat(f.admin().delete(path + "/" + automatic).status()).isEqualTo(409);
	}

	@Test
	void hypothesesAreRecordedWithEvidenceAndTheirStatusChangesGoOnTheTimeline() {
		IncidentFixtures f = fixtures();
		long number = f.declare("Disk full").get("number").asLong();
		String base = "/api/v1/incidents/" + number;
		long evidence = IncidentFixtures
			.expect(201, f.admin().postJson(base + "/timeline", Map.of("kind", "observation", "body", "Logs grew 10x")))
			.get("id")
			.asLong();
		JsonNode hypothesis = IncidentFixtures.expect(201,
				f.admin()
					.postJson(base + "/hypotheses",
							Map.of("statement", "Debug logging was left on", "evidence", List.of(evidence))));
		assertThat(hypothesis.get("status").asString()).isEqualTo("open");
		assertThat(hypothesis.get("evidence").get(0).asLong()).isEqualTo(evidence);
		expectField(f.admin()
			.sendJson("PATCH", base + "/hypotheses/" + hypothesis.get("id").asLong(), Map.of("status", "maybe")),
				"status");
		JsonNode refuted = f.admin()
			.sendJson("PATCH", base + "/hypotheses/" + hypothesis.get("id").asLong(), Map.of("status", "refuted"))
			.json();
		assertThat(refuted.get("status").asString()).isEqualTo("refuted");
		assertThat(refuted.get("changes").findValuesAsString("status")).containsExactly("open", "refuted");
		assertThat(refuted.get("changes").get(1).get("by").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(f.timeline(number, "?kind=hypothesis")).containsExactly(
				"hypothesis: Hypothesis: Debug logging was left on",
				"hypothesis: Hypothesis refuted: Debug logging was left on");
		expectField(f.admin().postJson(base + "/hypotheses", Map.of("statement", "x", "evidence", List.of(-1))),
				"evidence");
	}

	@Test
	void rolesAreHandedOverKeepingTheirHistoryAndParticipantsJoin() {
		IncidentFixtures f = fixtures();
		String ana = user("Ana Alves");
		String bo = user("Bo Berg");
		String cy = user("Cy Chen");
		long number = f.declare("Handover").get("number").asLong();
		String base = "/api/v1/incidents/" + number;
		f.admin().sendJson("PUT", base + "/roles/commander", Map.of("holder", ana));
		JsonNode history = f.admin().sendJson("PUT", base + "/roles/scribe", Map.of("holder", bo)).json();
		assertThat(history.findValuesAsString("holder")).containsExactly(TestKeys.ADMIN_EMAIL, ana, bo);
		assertThat(history.get(0).get("endedAt")).isNotNull();
		assertThat(history.get(1).has("endedAt")).isFalse();
		expectField(f.admin().sendJson("PUT", base + "/roles/captain", Map.of("holder", cy)), "role");
		f.admin().postJson(base + "/participants", Map.of("person", cy));
		JsonNode incident = f.admin().get(base).json();
		assertThat(incident.get("participants").findValuesAsString("person")).contains(ana, bo, cy);
		assertThat(f.timeline(number, "?kind=role")).contains(
				"role: Ana Alves is commander, taking over from " + adminName() + ".", "role: Bo Berg is scribe.");
	}

	@Test
	void peopleAreNamedByUserIdOrEmailAndShownWithIdNameAndEmail() {
		IncidentFixtures f = fixtures();
		User user = newUser("Dee Dunn");
		String dee = user.email();
		String id = user.id().toString();
		long number = f.declare("People by id").get("number").asLong();
		String base = "/api/v1/incidents/" + number;

		JsonNode roles = IncidentFixtures.expect(200,
				f.admin().sendJson("PUT", base + "/roles/communications", Map.of("holder", id)));
		JsonNode comms = roles.get(1);
		assertThat(comms.get("holder").asString()).isEqualTo(dee);
		assertThat(comms.get("holderPerson").get("id").asString()).isEqualTo(id);
		assertThat(comms.get("holderPerson").get("name").asString()).isEqualTo("Dee Dunn");
		assertThat(comms.get("holderPerson").get("email").asString()).isEqualTo(dee);

		// Any case of the address names the same person, who joins once.
		JsonNode participants = IncidentFixtures.expect(200,
				f.admin().postJson(base + "/participants", Map.of("person", dee.toUpperCase())));
		assertThat(participants.findValuesAsString("id")).containsOnlyOnce(id);
		JsonNode dd = participants.get(participants.size() - 1);
		assertThat(dd.get("name").asString()).isEqualTo("Dee Dunn");
		assertThat(dd.get("email").asString()).isEqualTo(dee);
	}

	@Test
	void textFromBeforePeopleWereUsersIsShownAsNotAUser() {
		IncidentFixtures f = fixtures();
		long number = f.declare("From the old days").get("number").asLong();
		// As an installation upgraded from free-text people has it.
		this.jdbc.sql("""
				insert into incident_participant (incident_id, person, joined_at)
				values (:n, 'Sam from support', current_timestamp)""").param("n", number).update();

		JsonNode sam = f.admin()
			.get("/api/v1/incidents/" + number)
			.json()
			.get("participants")
			.valueStream()
			.filter((p) -> p.get("person").asString().equals("Sam from support"))
			.findFirst()
			.orElseThrow();
		assertThat(sam.get("name").asString()).isEqualTo("Sam from support");
		assertThat(sam.hasNonNull("id")).isFalse();
		assertThat(sam.hasNonNull("email")).isFalse();
		String page = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/response/incidents/" + number)
			.body();
		assertThat(page).contains("Sam from support (not a user)");
	}

	@Test
	void unknownPeopleAreA400NamingTheFieldAndChangeNothing() {
		IncidentFixtures f = fixtures();
		long number = f.declare("Typos").get("number").asLong();
		String base = "/api/v1/incidents/" + number;
		long roles = count("incident_role");
		long participants = count("incident_participant");
		long entries = count("incident_timeline_entry");

		Api.Response commander = f.admin()
			.sendJson("PUT", base + "/roles/commander", Map.of("holder", "priya@acme.example"));
		expectField(commander, "roles.commander");
		assertThat(commander.json().get("errors").get(0).get("message").asString())
			.contains("no Sharpend user with e-mail priya@acme.example");
		expectField(
				f.admin()
					.sendJson("PUT", base + "/roles/scribe", Map.of("holder", "00000000-0000-0000-0000-00000000abcd")),
				"roles.scribe");
		expectField(f.admin().postJson(base + "/participants", Map.of("person", "Priya")), "person");

		assertThat(count("incident_role")).isEqualTo(roles);
		assertThat(count("incident_participant")).isEqualTo(participants);
		assertThat(count("incident_timeline_entry")).isEqualTo(entries);
		assertThat(f.admin().get(base).json().get("roles").findValuesAsString("holder"))
			.containsExactly(TestKeys.ADMIN_EMAIL);
	}

	@Test
	void severitiesAreAnOrderedEditableListAndInUseOnesStay() {
		IncidentFixtures f = fixtures();
		JsonNode list = f.admin().get("/api/v1/incident-severities").json().get("items");
		assertThat(list.findValuesAsString("code")).startsWith("SEV1", "SEV2");
		long number = f.declare("Severity change", "severity", "SEV3").get("number").asLong();
		patch(f, number, Map.of("severity", "SEV1"));
		assertThat(f.timeline(number, "?kind=severity"))
			.containsExactly("severity: Severity changed from **SEV3** to **SEV1**.");
		Api.Response dropped = f.admin()
			.sendJson("PUT", "/api/v1/incident-severities",
					Map.of("items", List.of(Map.of("code", "SEV2", "description", "Only this"))));
		assertThat(dropped.status()).isEqualTo(409);
		assertThat(f.admin().get("/api/v1/incident-severities").json().get("items").size()).isEqualTo(list.size());
	}

	@Test
	void publishingOpensThenUpdatesALinkedStatusIncident() {
		IncidentFixtures f = fixtures();
		JsonNode page = f.statusPage("Public");
		JsonNode api = f.component(page, "API");
		String apiId = api.get("id").asString();
		long number = f.declare("API errors", "components", List.of(apiId)).get("number").asLong();
		String pageId = page.get("id").asString();
		List<?> links = f.admin()
			.postJson("/api/v1/incidents/" + number + "/status-incidents",
					Map.of("pages", List.of(pageId), "body", "We see errors.", "componentStatuses",
							Map.of(apiId, "partial_outage")))
			.json()
			.valueStream()
			.toList();
		assertThat(links).hasSize(1);
		f.admin()
			.postJson("/api/v1/incidents/" + number + "/status-incidents", Map.of("pages", List.of(pageId), "status",
					"resolved", "body", "All good.", "componentStatuses", Map.of(apiId, "operational")));
		JsonNode incidents = f.admin().get("/api/v1/status-pages/" + pageId + "/incidents").json().get("items");
		assertThat(incidents.size()).isEqualTo(1);
		assertThat(incidents.get(0).get("name").asString()).isEqualTo("API errors");
		assertThat(f.admin()
			.get("/api/v1/incidents/" + number)
			.json()
			.get("statusIncidents")
			.get(0)
			.get("notice")
			.asString()).isEqualTo(incidents.get(0).get("id").asString());
		assertThat(f.timeline(number, "?kind=status_page")).hasSize(2);
		expectField(f.admin()
			.postJson("/api/v1/incidents/" + number + "/status-incidents",
					Map.of("pages", List.of(pageId), "status", "scheduled", "body", "x")),
				"status");
	}

	private static JsonNode patch(IncidentFixtures f, long number, Map<String, Object> body) {
		return IncidentFixtures.expect(200, f.admin().sendJson("PATCH", "/api/v1/incidents/" + number, body));
	}

	private static void expectField(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** A user with this display name; returns their e-mail address. */
	private String user(String name) {
		return newUser(name).email();
	}

	private User newUser(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.test";
		return this.accounts.create(new Accounts.NewUser(email, name, "a long enough test password", VIEWER), "test");
	}

	private String adminName() {
		return this.accounts.users()
			.stream()
			.filter((u) -> u.email().equals(TestKeys.ADMIN_EMAIL))
			.findFirst()
			.orElseThrow()
			.displayName();
	}

	private IncidentFixtures fixtures() {
		return new IncidentFixtures(this.port);
	}

}
