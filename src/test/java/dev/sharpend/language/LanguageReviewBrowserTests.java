package dev.sharpend.language;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer types a blameful sentence on "Check wording", sees the finding appear under
 * the text as they write, re-phrases it and sees it pass. Screenshots in light and dark,
 * narrow and wide, go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class LanguageReviewBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void flagsABlamefulSentenceInlineAndPassesItsRephrasing() {
		BrowserPage browserPage = new BrowserPage(chromium.browser(), this.port);
		Page page = browserPage.page();
		browserPage.signInAsAdmin();
		browserPage.open("/language-review");
		page.getByLabel("People involved").fill("Priya, Sam");
		Locator text = page.getByLabel("Text to check");
		text.pressSequentially("Priya missed the page, and obviously the root cause was the muted channel.");

		Locator findings = page.locator("#language-text-findings");
		PlaywrightAssertions.assertThat(findings.locator("mark").first()).isVisible();
		assertThat(findings.locator("mark").allTextContents()).containsExactly("Priya missed", "obviously",
				"root cause");
		PlaywrightAssertions.assertThat(findings.locator(".language-rule").first()).containsText("named_person.name");
		browserPage.look("language-review-findings");

		text.fill("");
		text.pressSequentially("The page went to a channel that was muted at night; one contributing factor.");
		PlaywrightAssertions.assertThat(findings).containsText("No blameful wording found");
		assertThat(findings.locator("mark").count()).isZero();
		browserPage.look("language-review-clear");
		assertThat(browserPage.problems()).isEmpty();
	}

}
