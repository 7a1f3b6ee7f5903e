package dev.sharpend.statuspage;

import java.io.StringReader;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom and RSS history feeds, read with a real feed parser. */
@SharpendIntegrationTest
class HistoryFeedsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void controlCharactersStoredInANoticeLeaveBothFeedsWellFormed() throws Exception {
		JsonNode page = pageWithHistory("Control page");
		String pageId = page.get("id").asString();
		this.jdbc.sql("update sp_incident set name = :name where page_id = :page and name = 'Backups are late'")
			.param("name", "Backups\u0001 are late\u001b")
			.param("page", pageId)
			.update();
		this.jdbc
			.sql("""
					update sp_incident_update set body = :body
					where body = 'Backups finished.' and incident_id in (select id from sp_incident where page_id = :page)""")
			.param("body", "Backups \u0008finished.\u0002")
			.param("page", pageId)
			.update();
		// any change re-renders the page's documents from what is stored
		new StatusPageFixtures(this.port).component(page, "Trigger");

		for (String document : java.util.List.of("history.atom", "history.rss")) {
			String path = "/p/" + page.get("slug").asString() + "/" + document;
			Api.Response feed = Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(10))
				.until(() -> Api.anonymous(this.port).get(path), (r) -> r.body().contains("Backups are late"));
			assertThat(feed.status()).isEqualTo(200);
			SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
			assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).contains("Backups are late – Resolved");
			assertThat(feed.body()).contains("Backups finished.");
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

	private Api.Response awaitFeed(JsonNode page, String document, String expected) {
		String path = "/p/" + page.get("slug").asString() + "/" + document;
		return Eventually.until("the feed " + path + " to show the page's history",
				() -> Api.anonymous(this.port).get(path), (response) -> response.status() == 200
						&& response.body().contains(expected) && response.body().contains("Database upgrade"));
	}

}
