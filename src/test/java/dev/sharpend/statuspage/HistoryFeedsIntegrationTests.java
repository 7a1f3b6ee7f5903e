package dev.sharpend.statuspage;

import java.io.StringReader;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom and RSS history feeds, read with a real feed parser. */
@SharpendIntegrationTest
class HistoryFeedsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void atomFeedIsValidAtomWithEveryNoticeAndItsUpdates() throws Exception {
		JsonNode page = pageWithHistory("Feed page");
		Api.Response atom = awaitFeed(page, "history.atom", "Backups are late");
		assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");

		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Feed page status history");
		assertThat(feed.getUri()).isNotBlank();
		assertThat(feed.getPublishedDate()).isNotNull();
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.as("newest change first")
			.containsExactly("Database upgrade – Scheduled", "Backups are late – Resolved");
		SyndEntry incident = feed.getEntries().get(1);
		assertThat(incident.getUri()).isNotBlank();
		assertThat(incident.getUpdatedDate()).isNotNull();
		assertThat(incident.getContents().get(0).getValue()).contains("Backups finished.").contains("<em>late</em>");
	}

	@Test
	void rssFeedIsValidRssWithEveryNotice() throws Exception {
		JsonNode page = pageWithHistory("Rss page");
		Api.Response rss = awaitFeed(page, "history.rss", "Backups are late");
		assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");

		SyndFeed feed = new SyndFeedInput().build(new StringReader(rss.body()));
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getTitle()).isEqualTo("Rss page status history");
		assertThat(feed.getLink()).isNotBlank();
		assertThat(feed.getDescription()).isNotBlank();
		assertThat(feed.getEntries()).hasSize(2);
		for (SyndEntry entry : feed.getEntries()) {
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getLink()).isNotBlank();
			assertThat(entry.getPublishedDate()).isNotNull();
			assertThat(entry.getDescription().getValue()).isNotBlank();
		}
	}

	@Test
	void publicPageAdvertisesItsFeeds() {
		JsonNode page = pageWithHistory("Linked page");
		String slug = page.get("slug").asString();
		String html = Api.anonymous(this.port).get("/p/" + slug + "/").body();
		assertThat(html).contains("rel=\"alternate\" type=\"application/atom+xml\"")
			.contains("rel=\"alternate\" type=\"application/rss+xml\"")
			.contains("/p/" + slug + "/history.atom")
			.contains("/p/" + slug + "/subscribe");
	}

	private JsonNode pageWithHistory(String name) {
		StatusPageFixtures fixtures = new StatusPageFixtures(this.port);
		JsonNode page = fixtures.page(name);
		JsonNode component = fixtures.component(page, "Backups");
		JsonNode incident = fixtures.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "Backups are late", "body", "Backups are *late*.", "components",
							Map.of(component.get("id").asString(), "degraded_performance")))
			.json();
		fixtures.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + incident.get("id").asString() + "/updates",
					Map.of("status", "resolved", "body", "Backups finished."));
		Api.Response maintenance = fixtures.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/maintenances",
					Map.of("name", "Database upgrade", "body", "A new version.", "scheduledFor", "2099-01-01T10:00:00Z",
							"scheduledUntil", "2099-01-01T11:00:00Z"));
		assertThat(maintenance.status()).as(maintenance.toString()).isEqualTo(201);
		return page;
	}

	private Api.Response awaitFeed(JsonNode page, String document, String expected) throws InterruptedException {
		String path = "/p/" + page.get("slug").asString() + "/" + document;
		for (int i = 0; i < 100; i++) {
			Api.Response response = Api.anonymous(this.port).get(path);
			if (response.status() == 200 && response.body().contains(expected)
					&& response.body().contains("Database upgrade")) {
				return response;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The feed " + path + " did not show the page's history");
	}

}
