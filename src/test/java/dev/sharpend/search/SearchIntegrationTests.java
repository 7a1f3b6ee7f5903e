package dev.sharpend.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.alert.AlertUiFixtures;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.search.SearchFixtures.q;
import static dev.sharpend.search.SearchFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class SearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	SearchFixtures fx;

	/** A word no other test uses, so results are this test's own. */
	String word;

	@BeforeEach
	void setUp() {
		this.fx = new SearchFixtures(this.port);
		this.word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void findsIncidentsAndTimelineEntriesWithTheMatchesMarkedAndTheTextEscaped() {
		long n = this.fx.declare("Checkout " + this.word + " errors", "summary",
				"Payments <script>alert(1)</script> failed with " + this.word + " timeouts", "severity", "SEV2");
		this.fx.note(n, "observation", "Saw " + this.word + " in the gateway logs");

		JsonNode results = this.fx.searchUntil(q(this.word), (r) -> r.get("total").asLong() == 2);

		assertThat(results.get("total").asLong()).isEqualTo(2);
		JsonNode first = results.get("items").get(0);
		assertThat(first.get("type").asString()).as("the title match ranks first").isEqualTo("incident");
		assertThat(first.get("url").asString()).isEqualTo("/response/incidents/" + n);
		assertThat(first.get("severity").asString()).isEqualTo("SEV2");
		assertThat(first.get("titleHighlight").asString()).isEqualTo("Checkout <mark>" + this.word + "</mark> errors");
		assertThat(first.get("highlight").asString()).contains("<mark>" + this.word + "</mark>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>");
		JsonNode entry = results.get("items").get(1);
		assertThat(entry.get("type").asString()).isEqualTo("timeline_entry");
		assertThat(entry.get("incident").asLong()).isEqualTo(n);
		assertThat(entry.get("url").asString()).startsWith("/response/incidents/" + n + "#entry-");
	}

	@Test
	void stemsWordsSoAnotherFormOfAWordFindsTheIncident() {
		this.fx.declare("Database " + this.word + " connections exhausted");

		JsonNode results = this.fx.searchUntil(q(this.word + " connection exhausting"),
				(r) -> r.get("total").asLong() == 1);

		assertThat(titles(results)).containsExactly("Database " + this.word + " connections exhausted");
	}

	@Test
	void filtersBySeverityTypeStatusAndDate() {
		long major = this.fx.declare("Major " + this.word, "severity", "SEV1");
		this.fx.declare("Minor " + this.word, "severity", "SEV4");
		this.fx.note(major, "decision", "Roll back " + this.word);
		this.fx.admin().sendJson("PATCH", "/api/v1/incidents/" + major, Map.of("status", "resolved"));
		// The timeline entry follows its incident's status too.
		this.fx.searchUntil(q(this.word) + "&status=resolved", (r) -> r.get("total").asLong() == 2);

		assertThat(titles(this.fx.search(q(this.word) + "&severity=sev1&type=incident")))
			.containsExactly("Major " + this.word);
		assertThat(titles(this.fx.search(q(this.word) + "&status=resolved&type=incident")))
			.containsExactly("Major " + this.word);
		assertThat(this.fx.search(q(this.word) + "&status=resolved&type=timeline_entry").get("total").asLong())
			.isEqualTo(1);
		assertThat(this.fx.search(q(this.word) + "&status=investigating&type=timeline_entry").get("total").asLong())
			.isZero();
		assertThat(this.fx.search(q(this.word) + "&type=timeline_entry").get("total").asLong()).isEqualTo(1);
		String today = LocalDate.now().toString();
		assertThat(this.fx.search(q(this.word) + "&type=incident&from=" + today + "&to=" + today).get("total").asLong())
			.isEqualTo(2);
		assertThat(this.fx.search(q(this.word) + "&to=2020-01-01").get("total").asLong()).isZero();
	}

	@Test
	void filtersByComponentName() {
		JsonNode page = SearchFixtures.expect(201,
				this.fx.admin()
					.postJson("/api/v1/status-pages",
							Map.of("name", "Search", "slug", "s-" + UUID.randomUUID().toString().substring(0, 8))));
		String component = SearchFixtures
			.expect(201,
					this.fx.admin()
						.postJson("/api/v1/status-pages/" + page.get("id").asString() + "/components",
								Map.of("name", "Ledger " + this.word)))
			.get("id")
			.asString();
		this.fx.declare("With component " + this.word, "components", List.of(component));
		this.fx.declare("Without component " + this.word);

		JsonNode results = this.fx.searchUntil(q(this.word) + "&component=" + "ledger%20" + this.word,
				(r) -> r.get("total").asLong() == 1);

		assertThat(titles(results)).containsExactly("With component " + this.word);
		assertThat(results.get("items").get(0).get("components").get(0).asString()).isEqualTo("Ledger " + this.word);
	}

	@Test
	void showsOnlyTheTypesTheCallerMayRead() {
		this.fx.declare("Restricted " + this.word);
		this.fx.searchUntil(q(this.word), (r) -> r.get("total").asLong() == 1);
		Api reviewer = Api.withToken(this.port, token(List.of("review:read")));
		Api responder = Api.withToken(this.port, token(List.of("incident:read")));

		assertThat(this.fx.search(reviewer, q(this.word)).get("total").asLong()).isZero();
		assertThat(this.fx.search(reviewer, q(this.word) + "&type=incident").get("total").asLong()).isZero();
		assertThat(titles(this.fx.search(responder, q(this.word)))).containsExactly("Restricted " + this.word);
		assertThat(Api.anonymous(this.port).get("/api/v1/search?" + q(this.word)).status()).isEqualTo(401);
	}

	@Test
	void pagesThroughManyHits() {
		for (int i = 0; i < 5; i++) {
			this.fx.declare("Paged " + this.word + " " + i);
		}
		this.fx.searchUntil(q(this.word), (r) -> r.get("total").asLong() == 5);

		JsonNode second = this.fx.search(q(this.word) + "&size=2&page=1");
		JsonNode third = this.fx.search(q(this.word) + "&size=2&page=2");

		assertThat(second.get("items")).hasSize(2);
		assertThat(third.get("items")).hasSize(1);
		assertThat(second.get("total").asLong()).isEqualTo(5);
		assertThat(this.fx.admin().get("/api/v1/search?q=x&size=1000").status()).isEqualTo(400);
	}

	@Test
	void theSearchPageShowsHighlightedHitsAndTheLayoutHasASearchBox() {
		this.fx.declare("Page " + this.word + " outage");
		this.fx.searchUntil(q(this.word), (r) -> r.get("total").asLong() == 1);
		Api browser = Api.signedIn(this.port, dev.sharpend.test.TestKeys.ADMIN_EMAIL,
				dev.sharpend.test.TestKeys.ADMIN_PASSWORD);

		Api.Response page = browser.getHtml("/search?" + q(this.word + " outage"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Page <mark>" + this.word + "</mark> <mark>outage</mark>")
			.contains("1 match")
			.contains("role=\"search\"");
	}

	@Test
	void theSearchPageOffersOnlyTheTypesTheReaderMayRead() {
		Api reviewer = new AlertUiFixtures(this.port, this.accounts, this.roles).browserWith(Permission.REVIEW_READ);

		String page = reviewer.getHtml("/search").body();

		assertThat(page).contains("<option value=\"review\"", "<option value=\"action_item\"")
			.doesNotContain("<option value=\"incident\"", "<option value=\"timeline_entry\"");
		// The filters are menus of what the readable types carry: review and action item
		// statuses and factor types, but no incident severities or statuses.
		assertThat(page)
			.contains("<option value=\"in_review\">In review</option>",
					"<option value=\"wont_do\">Won&#39;t do</option>", "<option value=\"technical\">Technical</option>")
			.doesNotContain("<option value=\"SEV1\"", "<option value=\"investigating\"");
	}

	@Test
	void theFiltersAreMenusOfThisInstallationsValuesWithTheChosenOneSelected() {
		Api browser = Api.signedIn(this.port, dev.sharpend.test.TestKeys.ADMIN_EMAIL,
				dev.sharpend.test.TestKeys.ADMIN_PASSWORD);

		String page = browser.getHtml("/search?q=" + this.word + "&severity=SEV2&status=resolved").body();

		assertThat(page).contains("<option value=\"SEV1\">SEV1</option>", "<option value=\"SEV4\">SEV4</option>",
				"<option value=\"SEV2\" selected=\"selected\">SEV2</option>",
				"<option value=\"resolved\" selected=\"selected\">Resolved</option>",
				"<option value=\"published\">Published</option>");
	}

	private String token(List<String> permissions) {
		return SearchFixtures
			.expect(201,
					this.fx.admin()
						.postJson("/api/v1/tokens", Map.of("name", "t-" + this.word, "permissions", permissions)))
			.get("token")
			.asString();
	}

}
