package dev.sharpend.home;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static dev.sharpend.home.HomeFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page shows what needs attention, each item linked to where it is handled, and
 * only the parts the reader may read.
 */
@SharpendIntegrationTest
@Import(HomeFixtures.MovableTime.class)
class HomePageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Test
	void showsWhoIsOnCallNowMarkingTheReaderAndNamingGaps() {
		HomeFixtures f = new HomeFixtures(this.port, this.accounts, this.roles);
		String run = HomeFixtures.unique("");
		UserId admin = this.accounts.users()
			.stream()
			.filter((u) -> u.email().equalsIgnoreCase(TestKeys.ADMIN_EMAIL))
			.findFirst()
			.orElseThrow()
			.id();
		UserId bo = this.accounts
			.create(new Accounts.NewUser("bo-" + run + "@example.test", "Bo " + run, "bo's long enough password",
					new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"))), "test")
			.id();
		// Daily turns, the reader's first: on call until Bo takes over in 23 hours.
		f.onCallTeam("Payments " + run, List.of(admin, bo), this.clock.instant().minus(Duration.ofHours(1)));

		String onCall = section(f.adminBrowser().get("/home").body(), "home-oncall");

		assertThat(onCall).contains("On call now", "href=\"/oncall/teams\"")
			.containsSubsequence("You", "title=\"" + TestKeys.ADMIN_EMAIL + "\"", "Payments " + run + " · Primary",
					"until ")
			.containsSubsequence("Nobody on call", "Payments " + run + " · Secondary");
		assertThat(f.browserWith(Permission.INCIDENT_READ).get("/home").body()).as("without oncall:read")
			.doesNotContain("id=\"home-oncall\"");
	}

	@Test
	void showsOpenIncidentsAlertGroupsActionItemsAndReviewsWaitingEachLinkedToItsPage() {
		HomeFixtures f = new HomeFixtures(this.port, this.accounts, this.roles);
		String run = HomeFixtures.unique("");
		long unreviewed = f.declare("Queue stalled " + run, "SEV2");
		f.resolve(unreviewed);
		long reviewed = f.declare("Cache cold " + run, "SEV3");
		f.resolve(reviewed);
		long inReview = f.review(reviewed, "Cache cold review " + run);
		f.moveReview(inReview, "in_review");
		long fresh = f.declare("Fresh fix " + run, "SEV4");
		this.clock.advance(Duration.ofDays(3));
		f.resolve(fresh);
		long minor = f.declare("Search slow " + run, "SEV3");
		long major = f.declare("Checkout down " + run, "SEV1");
		long group = f.triggeredGroup("HomeLatency" + run);
		long nearMiss = f.review(null, "Near miss " + run);
		long overdue = f.actionItem(nearMiss, "Add a pool alert " + run, HomeFixtures.today(this.clock).minusDays(1));
		HomeFixtures.Trouble trouble = f.statusPageInTrouble("Shop " + run, this.clock.instant());

		String home = f.adminBrowser().get("/home").body();

		String incidents = section(home, "home-incidents");
		assertThat(incidents).as("most severe first, though declared last")
			.containsSubsequence("SEV1", "href=\"/response/incidents/" + major + "\"", "Checkout down " + run,
					"open under a minute", "commander", "title=\"" + TestKeys.ADMIN_EMAIL + "\"", "SEV3",
					"href=\"/response/incidents/" + minor + "\"")
			.doesNotContain("Queue stalled " + run);
		assertThat(section(home, "home-alerts")).contains("href=\"/alerts?status=triggered\"")
			.contains("href=\"/alerts/groups/" + group + "\"")
			.contains("HomeLatency" + run + " on a");
		assertThat(section(home, "home-actions")).contains("Overdue")
			.contains("href=\"/reviews/" + nearMiss + "#action-" + overdue + "\"")
			.contains("Add a pool alert " + run)
			.contains("Near miss " + run);
		String reviews = section(home, "home-reviews");
		assertThat(reviews).contains("more than 2 days ago")
			.contains("href=\"/response/incidents/" + unreviewed + "\"")
			.contains("resolved 3 d ago, no review yet")
			.contains("href=\"/reviews/" + inReview + "\"")
			.as("one with a review, and one resolved too recently, are not waiting")
			.doesNotContain("href=\"/response/incidents/" + reviewed + "\"")
			.doesNotContain("Fresh fix " + run);
		assertThat(section(home, "home-pages")).contains("href=\"/status-pages/" + trouble.page() + "\"")
			.contains("Shop " + run)
			.contains("Partial System Outage");
		assertThat(section(home, "home-maintenance"))
			.contains("href=\"/status-pages/" + trouble.page() + "#notice-" + trouble.maintenance() + "\"")
			.contains("Database upgrade Shop " + run)
			.contains("starts in 1 d 23 h");
	}

	@Test
	void refreshesFromAFragmentThatKeepsPolling() {
		HomeFixtures f = new HomeFixtures(this.port, this.accounts, this.roles);
		long incident = f.declare(HomeFixtures.unique("Polled "), "SEV2");

		Api.Response fragment = f.adminBrowser().get("/home/attention");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"attention\"")
			.doesNotContain("<html")
			.contains("hx-get=\"/home/attention\"")
			.contains("hx-trigger=\"every 30s\"")
			.contains("href=\"/response/incidents/" + incident + "\"");
	}

	@Test
	void showsOnlyTheSectionsTheReaderMayRead() {
		HomeFixtures f = new HomeFixtures(this.port, this.accounts, this.roles);
		String run = HomeFixtures.unique("");
		f.declare("Hidden outage " + run, "SEV1");
		long group = f.triggeredGroup("Visible" + run);

		String alertsOnly = f.browserWith(Permission.ALERT_READ).get("/home").body();
		assertThat(alertsOnly).contains("id=\"home-alerts\"")
			.contains("href=\"/alerts/groups/" + group + "\"")
			.doesNotContain("id=\"home-incidents\"")
			.doesNotContain("Hidden outage " + run)
			.doesNotContain("id=\"home-actions\"")
			.doesNotContain("id=\"home-reviews\"")
			.doesNotContain("id=\"home-pages\"");

		String reader = f.browserWith(Permission.REVIEW_READ).get("/home").body();
		assertThat(section(reader, "home-actions")).as("a calm line, not an empty table")
			.contains("Nothing of yours is overdue or due in the next 7 days.")
			.doesNotContain("<li");
		assertThat(reader).doesNotContain("id=\"home-alerts\"").doesNotContain("id=\"home-reviews\"");
	}

}
