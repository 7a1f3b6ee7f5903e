package dev.sharpend.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.system.WireCode;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator makes a template from the SRE book one, drops a section and moves
 * another up, starts a near-miss review with it, then imports a review pasted as
 * Markdown. The templates page is looked at in light and dark, on a phone and a desktop;
 * screenshots go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class ReviewTemplatesBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void anAdminShapesATemplateStartsAReviewWithItAndImportsAnother() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		String name = "Short SRE " + UUID.randomUUID().toString().substring(0, 8);
		List<String> expected = shortened(sreBook(f));
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		admin.open("/reviews");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Templates")).click();
		page.waitForURL("**/reviews/templates");

		Locator create = page.locator("#new-template");
		create.getByLabel("Name").fill(name);
		create.getByLabel("Start from").selectOption("sre-book");
		create.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create template")).click();
		page.waitForURL("**/reviews/templates?edit=*");
		String id = ReviewTemplates.slug(name);
		Locator card = page.locator("#template-" + id);
		card.getByLabel("Trigger", new Locator.GetByLabelOptions().setExact(true)).uncheck();
		card.getByLabel("Position of Timeline").fill("2");
		admin.look("review-templates-editing");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save template")).click();
		page.waitForURL("**/reviews/templates?saved=" + id + "*");
		assertThat(page.locator("#template-" + id + " [role=status]")).containsText("Saved");
		assertThat(page.locator("#template-" + id + " ol.template-sections li"))
			.hasText(expected.toArray(String[]::new));
		admin.look("review-templates");

		admin.open("/reviews");
		Locator nearMiss = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Review a near miss"));
		nearMiss.getByLabel("Title").fill("Near miss: " + name);
		nearMiss.getByLabel("Template").selectOption(id);
		nearMiss.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start review")).click();
		page.waitForURL("**/reviews/*");
		assertThat(sectionHeadings(page)).containsExactlyElementsOf(expected);

		String markdown = exportedReview(f);
		admin.open("/reviews");
		Locator importing = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Import from Markdown"));
		admin.look("reviews-with-import");
		importing.getByLabel("Paste the Markdown").fill(markdown);
		importing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import review")).click();
		page.waitForURL("**/reviews/*");
		assertThat(page.locator("h1")).containsText(markdown.lines().findFirst().orElseThrow().substring(2));
		assertThat(page.locator("main")).containsText("Capacity alerts fired a week early.");
		assertThat(admin.problems()).isEmpty();
	}

	/**
	 * The SRE book template's sections as the admin leaves them: no trigger, timeline
	 * second.
	 */
	private static List<String> shortened(List<SectionKey> sreBook) {
		List<SectionKey> keys = new ArrayList<>(sreBook);
		keys.remove(SectionKey.TRIGGER);
		keys.remove(SectionKey.TIMELINE);
		keys.add(1, SectionKey.TIMELINE);
		return keys.stream().map(SectionKey::label).toList();
	}

	// Another test class may have edited the SRE book template in the shared context.
	private static List<SectionKey> sreBook(ReviewFixtures f) {
		JsonNode all = expect(200, f.admin().get("/api/v1/review-templates"));
		return all.valueStream()
			.filter((t) -> t.get("id").asString().equals("sre-book"))
			.findFirst()
			.orElseThrow()
			.get("sections")
			.valueStream()
			.map((k) -> WireCode.find(SectionKey.class, k.asString()).orElseThrow())
			.toList();
	}

	private static List<String> sectionHeadings(Page page) {
		Set<String> labels = Arrays.stream(SectionKey.values()).map(SectionKey::label).collect(Collectors.toSet());
		return page.locator("main h2").allTextContents().stream().map(String::strip).filter(labels::contains).toList();
	}

	private static String exportedReview(ReviewFixtures f) {
		long id = f.createReview(f.admin(), null, "Near miss: queue nearly full " + UUID.randomUUID())
			.get("id")
			.asLong();
		expect(200,
				f.admin()
					.sendJson("PATCH", "/api/v1/reviews/" + id,
							Map.of("sections", Map.of("summary", "Capacity alerts fired a week early."))));
		return f.admin().get("/api/v1/reviews/" + id + "/export.md").body();
	}

}
