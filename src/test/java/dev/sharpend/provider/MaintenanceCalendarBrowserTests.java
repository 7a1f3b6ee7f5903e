package dev.sharpend.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the providers' pages a person opens the maintenance calendar, finds GitHub's
 * maintenance of the Actions component mapped to our Deploys under its day, reads its
 * times in Tokyo, and makes a calendar link for the team, shown once, then revokes it.
 * Looked at in light and dark, on a phone and a desktop.
 */
@LoopbackIntegrationTest
class MaintenanceCalendarBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProviderPolling polling;

	@Test
	void showsUpstreamMaintenanceByDayInTheChosenZoneAndMakesACalendarLink() throws Exception {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		String run = UUID.randomUUID().toString().substring(0, 6);
		Instant start = this.clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		try (UpstreamMaintenanceFixtures github = new UpstreamMaintenanceFixtures(run)) {
			github.watch(Api.withToken(this.port, TestKeys.ADMIN_TOKEN), this.polling, start);
			BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
			Page page = tab.page();
			tab.signInAsAdmin();
			tab.open("/providers");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maintenance calendar").setExact(true))
				.click();
			page.waitForURL("**/providers/maintenances");
			ZoneId tokyo = ZoneId.of("Asia/Tokyo");
			page.getByLabel("Times in").selectOption("Asia/Tokyo");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			page.waitForURL("**/providers/maintenances?zone=Asia%2FTokyo");

			String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(start.atZone(tokyo));
			Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(day));
			Locator item = section.locator("li", new Locator.LocatorOptions().setHasText(github.title()));
			assertThat(item).containsText("Upstream: GitHub " + run);
			assertThat(item).containsText("Touches Deploys " + run);
			DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
			assertThat(item).containsText(hours.format(start.atZone(tokyo)) + " – "
					+ hours.format(start.plus(Duration.ofHours(2)).atZone(tokyo)) + " Asia/Tokyo");
			assertThat(page.locator("main")).not().containsText(github.unmappedTitle());
			tab.look("provider-maintenances");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar link")).click();
			page.waitForURL(Pattern.compile(".*/providers/maintenances\\?zone=Asia(/|%2F)Tokyo#calendar$"));
			Locator shown = page.locator("#calendar").getByRole(AriaRole.STATUS);
			assertThat(shown).containsText("/providers/maintenances/calendar/cal_");
			String url = shown.locator("code").textContent();
			assertThat(Api.anonymous(this.port).get(url.replaceFirst("^https?://[^/]+", "")).body())
				.contains("BEGIN:VCALENDAR");
			tab.look("provider-maintenances-link");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the link")).first().click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Calendar link revoked");
			assertThat(page.getByLabel("Times in")).hasValue("Asia/Tokyo");
			assertThat(tab.problems()).isEmpty();
		}
	}

}
