package dev.sharpend.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating and editing review templates over the API and on the templates page, and
 * importing a review from Markdown with the form on the reviews page.
 */
@SharpendIntegrationTest
class ReviewTemplatesIntegrationTests {

	private static final String TEMPLATES = "/api/v1/review-templates";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createdTemplateGetsASlugIdAndShapesReviewsStartedFromIt() {
		ReviewFixtures f = fixtures();
		String name = "Quick debrief " + suffix();
		Api.Response created = f.admin()
			.postJson(TEMPLATES, Map.of("name", name, "sections", List.of("summary", "lucky", "actions")));
		JsonNode template = expect(201, created);
		String id = template.get("id").asString();
		assertThat(id).isEqualTo(ReviewTemplates.slug(name));
		assertThat(created.header("Location")).endsWith(TEMPLATES + "/" + id);
		assertThat(template.get("name").asString()).isEqualTo(name);
		assertThat(f.admin().get(TEMPLATES).body()).contains("\"id\":\"" + id + "\"");
		long review = expect(201, f.admin().postJson("/api/v1/reviews", Map.of("title", "Near miss", "template", id)))
			.get("id")
			.asLong();
		assertThat(headings(f.admin(), review)).containsExactly("Summary", "Where we got lucky", "Action items");
		assertThat(f.admin().get("/api/v1/audit-events?action=review.template_created&size=50").body()).contains(id,
				"sections=summary,lucky,actions");
	}

	@Test
	void aNameWithTheSameSlugGetsASuffixedIdAndTheSameNameIsAConflict() {
		ReviewFixtures f = fixtures();
		String name = "Ops review " + suffix();
		String first = expect(201, f.admin().postJson(TEMPLATES, Map.of("name", name, "sections", List.of("summary"))))
			.get("id")
			.asString();
		String second = expect(201,
				f.admin().postJson(TEMPLATES, Map.of("name", name + "!", "sections", List.of("summary"))))
			.get("id")
			.asString();
		assertThat(second).isEqualTo(first + "-2");
		Api.Response again = f.admin()
			.postJson(TEMPLATES, Map.of("name", name.toUpperCase(), "sections", List.of("summary")));
		assertThat(again.status()).isEqualTo(409);
		assertThat(field(again)).isEqualTo("name");
	}

	@Test
	void badTemplatesAreRefusedNamingTheFieldAndCreateNothing() {
		ReviewFixtures f = fixtures();
		int before = f.admin().get(TEMPLATES).json().size();
		expectRefused(f.admin().postJson(TEMPLATES, Map.of("name", " ", "sections", List.of("summary"))), "name",
				"1 to 200 characters");
		expectRefused(f.admin().postJson(TEMPLATES, Map.of("name", "x".repeat(201), "sections", List.of("summary"))),
				"name", "1 to 200 characters");
		expectRefused(f.admin().postJson(TEMPLATES, Map.of("name", "Bad " + suffix(), "sections", List.of())),
				"sections", "at least one section");
		expectRefused(f.admin().postJson(TEMPLATES, Map.of("name", "Bad " + suffix())), "sections",
				"at least one section");
		expectRefused(f.admin()
			.postJson(TEMPLATES, Map.of("name", "Bad " + suffix(), "sections", List.of("summary", "root_cause"))),
				"sections", "no section root_cause");
		expectRefused(
				f.admin()
					.postJson(TEMPLATES,
							Map.of("name", "Bad " + suffix(), "sections", List.of("summary", "impact", "summary"))),
				"sections", "listed twice");
		assertThat(f.admin().get(TEMPLATES).json().size()).isEqualTo(before);
	}

	@Test
	void onlyReviewWritersMayCreateTemplates() {
		ReviewFixtures f = fixtures();
		Api.Response refused = f.readerOnly()
			.postJson(TEMPLATES, Map.of("name", "Reader's " + suffix(), "sections", List.of("summary")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port)
			.postJson(TEMPLATES, Map.of("name", "Anyone's " + suffix(), "sections", List.of("summary")))
			.status()).isEqualTo(401);
	}

	@Test
	void reviewsKeepTheirSectionsWhenTheirTemplateChangesLater() {
		ReviewFixtures f = fixtures();
		String id = expect(201, f.admin()
			.postJson(TEMPLATES, Map.of("name", "Changing " + suffix(), "sections", List.of("summary", "surprises"))))
			.get("id")
			.asString();
		long before = expect(201, f.admin().postJson("/api/v1/reviews", Map.of("title", "Before", "template", id)))
			.get("id")
			.asLong();
		expect(200, f.admin().sendJson("PATCH", TEMPLATES + "/" + id, Map.of("sections", List.of("questions"))));
		long after = expect(201, f.admin().postJson("/api/v1/reviews", Map.of("title", "After", "template", id)))
			.get("id")
			.asLong();
		assertThat(headings(f.admin(), before)).containsExactly("Summary", "What surprised us");
		assertThat(headings(f.admin(), after)).containsExactly("Open questions");
	}

	@Test
	void theTemplatesPageCreatesATemplateFromAnotherAndEditsItsSectionsInOrder() {
		Api browser = signedIn();
		String name = "Page made " + suffix();
		Api.Response created = browser.submitForm("/reviews/templates", "/reviews/templates",
				Map.of("name", name, "from", "contributors"));
		assertThat(created.status()).isEqualTo(302);
		String id = ReviewTemplates.slug(name);
		assertThat(created.header("Location")).contains("/reviews/templates?edit=" + id);
		String page = browser.get("/reviews/templates?edit=" + id).body();
		assertThat(page).contains(name, "existing reviews keep their sections");

		Map<String, Object> form = editForm(name, List.of("summary", "impact", "factors", "mitigators", "risks"));
		form.put("position-mitigators", "1");
		Api.Response saved = browser.submitForm("/reviews/templates", "/reviews/templates/" + id, form);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(sections(id)).containsExactly("mitigators", "summary", "impact", "factors", "risks");
		assertThat(browser.get("/reviews").body()).contains(name);
		assertThat(browser.get("/reviews/new").body()).contains(name);
	}

	@Test
	void aRefusedTemplateFormComesBackWithTheMessageAndWhatWasEntered() {
		Api browser = signedIn();
		Map<String, Object> form = editForm("Sharpend default", List.of("summary", "impact"));
		form.put("position-impact", "later");
		Api.Response refused = browser.submitForm("/reviews/templates", "/reviews/templates/sharpend", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("role=\"alert\"", "Give the position of Impact as a whole number",
				"value=\"later\"");
		assertThat(sections("sharpend")).contains("accounts");

		Map<String, Object> none = editForm("Sharpend default", List.of());
		Api.Response empty = browser.submitForm("/reviews/templates", "/reviews/templates/sharpend", none);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("A template needs at least one section.");

		Api.Response blank = browser.submitForm("/reviews/templates", "/reviews/templates",
				Map.of("name", "Kept name " + suffix(), "from", "no-such-template"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("Choose the template to start from.", "Kept name");
	}

	@Test
	void theImportFormTurnsPastedOrUploadedMarkdownIntoAReview() {
		ReviewFixtures f = fixtures();
		long source = f.createReview(f.admin(), null, "Near miss: disk almost full " + suffix()).get("id").asLong();
		expect(200, f.admin()
			.sendJson("PATCH", "/api/v1/reviews/" + source, Map.of("sections", Map.of("summary", "Disk at 95%."))));
		String markdown = f.admin().get("/api/v1/reviews/" + source + "/export.md").body();
		Api browser = signedIn();

		Api.Response pasted = browser.submitMultipart("/reviews", "/reviews/import", Map.of("markdown", markdown),
				null);
		assertThat(pasted.status()).as(pasted.toString()).isEqualTo(302);
		assertThat(exported(f, pasted.header("Location"))).isEqualTo(markdown);

		Api.Response uploaded = browser.submitMultipart("/reviews", "/reviews/import", Map.of(),
				new Api.FilePart("file", "review.md", "text/markdown", markdown.getBytes(StandardCharsets.UTF_8)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
		assertThat(exported(f, uploaded.header("Location"))).isEqualTo(markdown);
	}

	@Test
	void badMarkdownIsShownOnTheReviewsPageAndCreatesNothing() {
		Api browser = signedIn();
		long before = reviewCount();
		Api.Response refused = browser.submitMultipart("/reviews", "/reviews/import",
				Map.of("markdown", "## Summary\n\nNo title here."), null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("role=\"alert\"", "No title here.", "Import from Markdown");
		Api.Response tooLarge = browser.submitMultipart("/reviews", "/reviews/import", Map.of(),
				new Api.FilePart("file", "big.md", "text/markdown", "# Big\n".repeat(100_000).getBytes()));
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("larger than 512 KiB");
		Api.Response nothing = browser.submitMultipart("/reviews", "/reviews/import", Map.of("markdown", " "), null);
		assertThat(nothing.body()).contains("Paste a review exported as Markdown");
		assertThat(reviewCount()).isEqualTo(before);
	}

	private ReviewFixtures fixtures() {
		return new ReviewFixtures(this.port, this.accounts, this.tokens);
	}

	private Api signedIn() {
		return Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
	}

	private long reviewCount() {
		return this.jdbc.sql("select count(*) from review").query(Long.class).single();
	}

	private List<String> sections(String template) {
		JsonNode all = expect(200, Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get(TEMPLATES));
		return all.valueStream()
			.filter((t) -> t.get("id").asString().equals(template))
			.findFirst()
			.orElseThrow()
			.get("sections")
			.valueStream()
			.map(JsonNode::asString)
			.toList();
	}

	/** The edit form as the page sends it: every section a row, the given ones ticked. */
	private static Map<String, Object> editForm(String name, List<String> included) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("name", name);
		List<String> rows = new ArrayList<>();
		for (SectionKey key : SectionKey.values()) {
			rows.add(key.code());
			int at = included.indexOf(key.code());
			form.put("position-" + key.code(), (at >= 0) ? Integer.toString(at + 1) : "");
		}
		form.put("row", rows);
		form.put("include", included);
		return form;
	}

	private static String exported(ReviewFixtures f, String location) {
		assertThat(location).matches(".*/reviews/\\d+$");
		return f.admin().get("/api/v1/reviews/" + location.replaceAll(".*/", "") + "/export.md").body();
	}

	private static List<String> headings(Api api, long review) {
		return api.get("/api/v1/reviews/" + review + "/export.md")
			.body()
			.lines()
			.filter((l) -> l.startsWith("## "))
			.map((l) -> l.substring(3))
			.toList();
	}

	private static void expectRefused(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(field(response)).isEqualTo(field);
		assertThat(response.body()).contains(message);
	}

	private static String field(Api.Response response) {
		return response.json().get("errors").get(0).get("field").asString();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
