package dev.sharpend.search;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.search.SearchFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone searches from the top bar, narrows the results as they type, and sees similar
 * past incidents on an open incident; the pages are looked at in light and dark, on a
 * phone and a desktop (screenshots in {@code target/screenshots/}).
 */
@SharpendIntegrationTest
class SearchBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void searchesFromTheTopBarNarrowsWhileTypingAndSeesSimilarIncidents() {
		SearchFixtures fx = new SearchFixtures(this.port);
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long group = fx.alertGroup("Backlog" + word);
		long past = fx.declare("Orders " + word + " backlog after deploy", "summary",
				"The order queue grew while consumers were stuck on a lock.", "alertGroups", List.of(group));
		fx.refute(past, "The broker was out of disk");
		fx.resolve(past);
		fx.declare("Orders " + word + " slow checkout", "severity", "SEV1");
		long current = fx.declare("Orders " + word + " backlog again", "alertGroups", List.of(group));
		fx.searchUntil(q(word) + "&type=incident", (r) -> r.get("total").asLong() == 3);
		BrowserPage browserPage = new BrowserPage(chromium.browser(), this.port);
		Page page = browserPage.page();
		browserPage.signInAsAdmin();

		page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(word);
		page.keyboard().press("Enter");
		page.waitForURL("**/search?q=" + word);
		assertThat(page.locator(".hit mark").first().textContent()).isEqualTo(word);
		assertThat(page.locator(".hit").count()).isGreaterThanOrEqualTo(3);
		browserPage.look("search-results");

		page.getByLabel("Search for").fill(word + " checkout");
		page.getByText("1 match", new Page.GetByTextOptions().setExact(true)).waitFor();
		assertThat(page.locator(".hit").count()).isEqualTo(1);
		assertThat(page.locator(".hit").first().textContent()).contains("slow checkout");
		assertThat(page.url()).as("the address follows the query").contains("checkout");

		browserPage.open("/response/incidents/" + current);
		page.locator("#similar").getByText("Ruled out back then").waitFor();
		assertThat(page.locator("#similar").textContent()).contains("INC-" + past)
			.contains("The broker was out of disk");
		browserPage.look("incident-similar");
		assertThat(browserPage.problems()).isEmpty();
	}

}
