package dev.sharpend.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.incident.IncidentFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page as a responder uses it mid-incident: the timeline in the order each
 * person chose, status, severity and roles changed from the header, and the call to
 * publish while the status page says nothing.
 */
@SharpendIntegrationTest
class IncidentPageIntegrationTests {

	private static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private String responder;

	@Test
	void eachPersonReadsTimelinesInTheOrderTheyChoseOnEveryIncident() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long first = f.declare("Queue backlog", "severity", "SEV3").get("number").asLong();
		long second = f.declare("Queue backlog again", "severity", "SEV3").get("number").asLong();
		for (long n : List.of(first, second)) {
			expect(201, f.admin()
				.postJson("/api/v1/incidents/" + n + "/timeline", Map.of("kind", "observation", "body", "Early note")));
			expect(201, f.admin()
				.postJson("/api/v1/incidents/" + n + "/timeline", Map.of("kind", "observation", "body", "Later note")));
		}
		Api ana = signedInResponder();
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		assertThat(notes(ana.getHtml(page(first)).body())).containsExactly("Later note", "Early note");
		Api.Response chosen = ana.submitForm(page(first), page(first) + "/timeline-order", Map.of("order", "oldest"));

		assertThat(chosen.status()).isEqualTo(302);
		assertThat(notes(ana.getHtml(page(first)).body())).containsExactly("Early note", "Later note");
		assertThat(notes(ana.getHtml(page(second)).body())).containsExactly("Early note", "Later note");
		assertThat(ana.getHtml(page(second)).body()).contains("Show newest first");
		assertThat(notes(admin.getHtml(page(second)).body())).containsExactly("Later note", "Early note");
		ana.submitForm(page(first), page(first) + "/timeline-order", Map.of("order", "newest"));
		assertThat(notes(ana.getHtml(page(second)).body())).containsExactly("Later note", "Early note");
	}

	@Test
	void severityChangesFromTheHeaderWithHtmxAndWithoutIt() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long n = f.declare("Payments slow", "severity", "SEV3").get("number").asLong();
		Api ana = signedInResponder();

		Api.Response plain = ana.submitForm(page(n), page(n) + "/changes", Map.of("severity", "SEV2"));
		assertThat(plain.status()).isEqualTo(302);
		assertThat(severity(f, n)).isEqualTo("SEV2");

		Api htmx = ana.withHeader("HX-Request", "true");
		Api.Response saved = htmx.submitForm(page(n), page(n) + "/changes", Map.of("severity", "SEV1"));
		assertThat(saved.status()).isEqualTo(204);
		assertThat(saved.header("HX-Trigger")).isEqualTo("incident-changed");
		assertThat(severity(f, n)).isEqualTo("SEV1");
		assertThat(f.timeline(n, "?kind=severity")).hasSize(2);

		Api.Response refused = htmx.submitForm(page(n), page(n) + "/changes", Map.of("severity", "SEV9"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"head-error\"").contains("role=\"alert\"");
		assertThat(severity(f, n)).isEqualTo("SEV1");
	}

	@Test
	void headerShowsElapsedTimeTakesRolesAndMovesStatusInOneClick() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long n = f.declare("Login errors", "severity", "SEV2").get("number").asLong();
		Api ana = signedInResponder();
		String html = ana.getHtml(page(n)).body();
		assertThat(html).contains("id=\"incident-elapsed\">open under a minute<");
		assertThat(html).contains("aria-label=\"Take the scribe role\"");

		ana.submitForm(page(n), page(n) + "/roles", Map.of("role", "scribe", "holder", this.responder));
		ana.submitForm(page(n), page(n) + "/changes", Map.of("status", "resolved"));

		JsonNode incident = f.admin().get("/api/v1/incidents/" + n).json();
		assertThat(incident.get("status").asString()).isEqualTo("resolved");
		assertThat(ana.getHtml(page(n)).body())
			.containsPattern(
					"data-role=\"scribe\"[^>]*><span class=\"person\" title=\"" + Pattern.quote(this.responder) + "\"")
			.contains(">resolved after under a minute<")
			.doesNotContain("Take the");
	}

	@Test
	void anOpenIncidentAsksToBePublishedWithItsOwnPublicTitle() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		JsonNode statusPage = f.statusPage("Public " + UUID.randomUUID());
		String pageId = statusPage.get("id").asString();
		JsonNode api = f.component(statusPage, "API");
		long n = f.declare("db-7 replica lag breaks checkout for ACME", "severity", "SEV1").get("number").asLong();
		expect(200, f.admin()
			.sendJson("PATCH", "/api/v1/incidents/" + n, Map.of("components", List.of(api.get("id").asString()))));
		Api ana = signedInResponder();

		String html = ana.getHtml(page(n)).body();
		assertThat(html).contains("Tell your users on the status page")
			.contains("name=\"title\" maxlength=\"300\" value=\"db-7 replica lag breaks checkout for ACME\"");
		Api.Response published = ana.submitForm(page(n), page(n) + "/status-incidents",
				Map.of("page", pageId, "title", "Checkout is failing for some customers", "body", "We are on it.",
						"component." + api.get("id").asString(), "major_outage"));

		assertThat(published.status()).isEqualTo(302);
		JsonNode notice = f.admin().get("/api/v1/status-pages/" + pageId + "/incidents").json().get("items").get(0);
		assertThat(notice.get("name").asString()).isEqualTo("Checkout is failing for some customers");
		assertThat(ana.getHtml(page(n)).body()).doesNotContain("Tell your users on the status page");
	}

	@Test
	void declaringByHandAsksForASeverity() {
		Api ana = signedInResponder();
		String title = "Chosen " + UUID.randomUUID();
		assertThat(ana.getHtml("/response/incidents").body())
			.contains("<option value=\"\" selected=\"selected\">Choose a severity</option>");

		Api.Response refused = ana.submitForm("/response/incidents", "/response/incidents",
				Map.of("title", title, "severity", ""));

		assertThat(refused.header("Location")).endsWith("#declare");
		assertThat(ana.getHtml("/response/incidents").body()).contains("Choose a severity.");
		assertThat(new IncidentFixtures(this.port).admin().get("/api/v1/incidents?size=200").body())
			.doesNotContain(title);
	}

	private Api signedInResponder() {
		String email = "ana-" + UUID.randomUUID() + "@example.com";
		this.accounts.create(new Accounts.NewUser(email, "Ana", "ana's long password", RESPONDER), "test");
		this.responder = email;
		return Api.signedIn(this.port, email, "ana's long password");
	}

	private static String page(long number) {
		return "/response/incidents/" + number;
	}

	private static String severity(IncidentFixtures f, long number) {
		return f.admin().get("/api/v1/incidents/" + number).json().get("severity").asString();
	}

	/** The bodies of the notes written by people, in the order the page lists them. */
	private static List<String> notes(String html) {
		return java.util.regex.Pattern.compile("<p>((?:Early|Later) note)</p>")
			.matcher(html)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

}
