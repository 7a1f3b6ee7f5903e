package dev.sharpend.oncall;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens My paging from the on-call pages, adds an e-mail address, types the code
 * that arrived by mail (GreenMail), adds a rule and sends themselves a test page, which
 * arrives. Looked at in light and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class MyPagingBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@LocalServerPort
	int port;

	@Test
	void aPersonAddsAndVerifiesAnAddressAddsARuleAndSendsATestPage() throws Exception {
		Api.Response saved = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.submitForm("/admin/smtp", "/admin/smtp", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(),
					"from", "pager@example.com", "starttls", "false", "username", "pager", "password", "pager-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		// An account of our own: the settings form keeps the user name an earlier test of
		// the
		// shared application saved, which this server would refuse.
		smtp.setUser("pager", "pager-pass");
		String address = "pager-" + OnCallFixtures.suffix() + "@example.test";
		BrowserPage me = new BrowserPage(chromium.browser(), this.port);
		Page page = me.page();
		me.signInAsAdmin();
		me.open("/oncall/teams");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My paging")).click();
		page.waitForURL("**/oncall/me");

		Locator add = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a contact method"));
		add.getByLabel("Kind").selectOption("email");
		add.getByLabel("Address").fill("not an address");
		add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add and send code")).click();
		assertThat(page.locator("[role=alert]")).containsText("e-mail address");
		add.getByLabel("Address").fill(address);
		add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add and send code")).click();
		assertThat(page.locator("[role=status]")).containsText("We sent a code to e-mail " + address);
		assertThat(page.locator("#methods")).containsText("not verified");
		me.look("oncall-me-unverified");

		Eventually.await("the code by mail", () -> smtp.getReceivedMessagesForDomain(address).length >= 1);
		Matcher code = Pattern.compile("code is (\\d{6})")
			.matcher(GreenMailUtil.getBody(smtp.getReceivedMessagesForDomain(address)[0]));
		assertThat(code.find()).isTrue();
		page.locator("#methods").getByLabel("Code", new Locator.GetByLabelOptions().setExact(true)).fill(code.group(1));
		page.locator("#methods").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify")).click();
		assertThat(page.locator("[role=status]")).containsText("is verified");

		Locator rule = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a rule"));
		rule.getByLabel("Urgency").selectOption("high");
		rule.getByLabel("Minutes after the page").fill("5");
		rule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add rule")).click();
		assertThat(page.locator("#rules")).containsText("After 5 min by e-mail " + address);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a test page")).click();
		assertThat(page.locator("[role=status]")).containsText("Test page sent by e-mail " + address);
		Eventually.await("the test page by mail", () -> smtp.getReceivedMessagesForDomain(address).length >= 2);
		assertThat(smtp.getReceivedMessagesForDomain(address)[1].getSubject())
			.isEqualTo("[Sharpend] Test page: This is a test page");
		me.look("oncall-me");
		assertThat(me.problems()).isEmpty();
	}

}
