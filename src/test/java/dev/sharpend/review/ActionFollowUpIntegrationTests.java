package dev.sharpend.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Reminders to action item owners, and linking a published review to the status page. */
@SharpendIntegrationTest
class ActionFollowUpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionReminders reminders;

	@Test
	void ownerIsRemindedOnceWhenDueWithinADayAndOnceWhenOverdue() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		String owner = f.person("owner");
		long review = f.createReview(f.admin(), null, "Near miss").get("id").asLong();
		LocalDate due = LocalDate.of(2031, 3, 10);
		expect(201,
				f.admin()
					.postJson("/api/v1/reviews/" + review + "/action-items",
							Map.of("title", "Add a disk alert", "owner", owner, "due", due.toString())));

		this.reminders.runDue(due.minusDays(3));
		assertThat(mails(owner)).isEmpty();
		this.reminders.runDue(due.minusDays(1));
		this.reminders.runDue(due);
		assertThat(mails(owner)).containsExactly("action_item.due_soon");
		this.reminders.runDue(due.plusDays(1));
		this.reminders.runDue(due.plusDays(2));
		assertThat(mails(owner)).containsExactly("action_item.due_soon", "action_item.overdue");
		assertThat(this.jdbc.sql("select payload from notify_delivery where target = :t")
			.param("t", owner)
			.query(String.class)
			.list()).allMatch((p) -> p.contains("Add a disk alert") && p.contains("/reviews/" + review));
	}

	@Test
	void doneItemsAreNotReminded() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		String owner = f.person("done");
		long review = f.createReview(f.admin(), null, "Near miss").get("id").asLong();
		long item = expect(201,
				f.admin()
					.postJson("/api/v1/reviews/" + review + "/action-items",
							Map.of("title", "Already fixed", "owner", owner, "due", "2031-04-01")))
			.get("id")
			.asLong();
		expect(200, f.admin()
			.sendJson("PATCH", "/api/v1/reviews/" + review + "/action-items/" + item, Map.of("status", "done")));
		this.reminders.runDue(LocalDate.of(2031, 4, 5));
		assertThat(mails(owner)).isEmpty();
	}

	@Test
	void publishedReviewBecomesThePostmortemOfTheIncidentsStatusIncident() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		JsonNode page = expect(201,
				f.admin()
					.postJson("/api/v1/status-pages",
							Map.of("name", "Public", "slug", "r-" + UUID.randomUUID().toString().substring(0, 8))));
		String pageId = page.get("id").asString();
		long incident = f.resolvedIncident("Search down");
		expect(200,
				f.admin()
					.postJson("/api/v1/incidents/" + incident + "/status-incidents",
							Map.of("pages", List.of(pageId), "body", "Search is down.")));
		long review = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + review;
		assertThat(f.admin().postJson(path + "/postmortem-link", Map.of()).status()).isEqualTo(409);
		expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "in_review")));
		expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "published")));
		expect(200, f.admin().postJson(path + "/postmortem-link", Map.of()));
		JsonNode notice = f.admin().get("/api/v1/status-pages/" + pageId + "/incidents").json().get("items").get(0);
		assertThat(notice.get("postmortemUrl").asString()).endsWith("/reviews/" + review);
	}

	private List<String> mails(String owner) {
		return this.jdbc.sql("select event from notify_delivery where target = :t and channel = 'EMAIL' order by event")
			.param("t", owner)
			.query(String.class)
			.list();
	}

}
