package dev.sharpend.oncall;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person makes a calendar link to their own shifts on My paging, copies it from the
 * page that shows it once, and revokes it, after which the link answers nothing. Looked
 * at in light and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class MyCalendarBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@Test
	void aPersonMakesAndRevokesALinkToTheirShifts() {
		BrowserPage me = new BrowserPage(chromium.browser(), this.port);
		me.signInAsAdmin();
		me.open("/oncall/me");
		Page page = me.page();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar link for my shifts"))
			.click();
		String url = page.getByLabel("Link to your shifts in every schedule").inputValue();
		assertThat(url).contains("/oncall/calendar/person/cal_").endsWith(".ics");
		me.look("oncall-my-calendar-link");
		String path = url.substring(url.indexOf("/oncall/"));
		Api calendarApp = Api.anonymous(this.port);
		assertThat(calendarApp.get(path).body()).startsWith("BEGIN:VCALENDAR");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to my paging")).click();
		assertThat(page.locator("#calendar")).containsText("Made ");
		me.look("oncall-me-calendar");
		page.locator("#calendar")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke the link"))
			.first()
			.click();
		assertThat(page.locator("[role=status]")).containsText("Calendar link revoked");
		assertThat(calendarApp.get(path).status()).isEqualTo(404);
		assertThat(me.problems()).isEmpty();
	}

}
