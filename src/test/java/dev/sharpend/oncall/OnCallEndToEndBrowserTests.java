package dev.sharpend.oncall;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.test.Alertmanagers;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.Mails;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night on call from end to end, with real peers: a team of three on a daily rotation,
 * with Carol covering the weekend by an override, and a two-step policy built in the
 * editor (whoever is on call, then Alice); a real Alertmanager sends a firing alert to
 * the routed integration on a Saturday night; the page arrives by e-mail (GreenMail) at
 * Carol, not at Bob whose turn the rotation says it is; Carol acknowledges from the link
 * on a phone-sized page; the alert group's page says she did, and the second step never
 * pages Alice.
 */
@LoopbackIntegrationTest
class OnCallEndToEndBrowserTests {

	/** A Saturday night, when the rotation has Bob but the weekend override has Carol. */
	private static final Instant SATURDAY_NIGHT = Instant.parse("2027-01-09T03:00:00Z");

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PagingPoller poller;

	@AfterEach
	void realTimeAgain() {
		// The application and its clock are shared with other test classes.
		this.clock.set(Instant.now());
	}

	@Test
	void alertmanagerFiresTheOverrideOnCallAcknowledgesFromAPhoneAndTheSecondStepNeverPages() throws Exception {
		this.clock.set(SATURDAY_NIGHT);
		mailThrough(smtp);
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		User carol = f.person("Carol");
		String team = OnCallFixtures.team(f.admin(), "Europe/Berlin", List.of(alice, bob, carol));
		String schedule = OnCallFixtures.schedule(f.admin(), team, "Primary");
		// Daily turns from Monday 4 January 2027, 09:00 UTC: Friday 09:00 to Saturday
		// 09:00 is Bob's.
		expect(201,
				f.admin()
					.postJson("/api/v1/rotations",
							Map.of("schedule", schedule, "name", "Daily", "layer", 1, "participants",
									ids(alice, bob, carol), "shiftLength", 1, "shiftUnit", "days", "handoff",
									"2027-01-04T09:00:00Z", "timeZone", "UTC")));
		expect(201,
				f.admin()
					.postJson("/api/v1/overrides", Map.of("schedule", schedule, "user", carol.id().toString(), "start",
							"2027-01-09T00:00:00Z", "end", "2027-01-11T00:00:00Z")));
		JsonNode integration = expect(201,
				f.admin()
					.postJson("/api/v1/integrations", Map.of("name", "Alertmanager " + OnCallFixtures.suffix(), "type",
							"alertmanager", "groupBy", List.of("alertname"))));

		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		admin.signInAsAdmin();
		buildPolicyAndRoute(admin, team, schedule, alice, integration.get("id").asString());

		String alertname = "CheckoutDown" + OnCallFixtures.suffix().substring(0, 4);
		MimeMessage page;
		int amPort = Launcher.freePort();
		try (LocalProcess alertmanager = Alertmanagers.start(Files.createTempDirectory("sharpend-oncall-e2e-"), amPort,
				integration.get("url").asString(), Duration.ofMillis(200), false)) {
			fire(amPort, alertname, this.clock.instant());
			page = firstMail(carol, alertmanager);
		}
		String text = Mails.text(page);
		assertThat(page.getSubject()).isEqualTo("[Sharpend] Page: Checkout is down (" + alertname + ")");
		String acknowledge = link(text, "Acknowledge: ");
		assertThat(smtp.getReceivedMessagesForDomain(bob.email())).as("Bob's turn was taken by the override").isEmpty();
		long group = group(alertname);
		assertThat(text).contains("/alerts/groups/" + group);

		BrowserPage phone = new BrowserPage(chromium.browser(), this.port);
		phone.page().setViewportSize(390, 844);
		phone.open(URI.create(acknowledge).getRawPath());
		Locator button = phone.page()
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge as Carol"));
		assertThat(button).isVisible();
		assertThat(phone.page().locator("main")).containsText("Checkout is down");
		button.click();
		assertThat(phone.page().getByRole(AriaRole.STATUS)).containsText("Acknowledged by Carol at");
		phone.look("oncall-e2e-acknowledged");

		// Long past the second step's delay: it never pages Alice.
		this.clock.advance(Duration.ofMinutes(6));
		this.poller.runDue();

		admin.page().setViewportSize(390, 844);
		admin.open("/alerts/groups/" + group);
		Locator paging = admin.page().locator("#paging");
		assertThat(paging).containsText("(step 1), acknowledged by Carol");
		assertThat(paging).containsText("Escalation stopped: acknowledged.");
		assertThat(paging).not().containsText("Alice");
		assertThat(paging).not().containsText("step 2");
		admin.look("oncall-e2e-group");
		assertThat(smtp.getReceivedMessagesForDomain(alice.email())).as("the second step paged").isEmpty();
		assertThat(smtp.getReceivedMessagesForDomain(carol.email())).hasSize(1);
		assertThat(phone.problems()).isEmpty();
		assertThat(admin.problems()).isEmpty();
	}

	/**
	 * The policy through the editor: whoever is on call, then Alice after 5 min; the
	 * integration's critical alerts routed to it from the team's page.
	 */
	private static void buildPolicyAndRoute(BrowserPage admin, String team, String schedule, User alice,
			String integration) {
		Page page = admin.page();
		admin.open("/oncall/teams/" + team + "/escalation-policies/new");
		Locator form = page.locator("#policy-form");
		form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Nights");
		Locator first = page.locator("#step-1");
		first.getByLabel("Wait for an acknowledgement").fill("5");
		first.getByLabel("Whoever is on call on").first().selectOption(schedule);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a step")).click();
		Locator second = page.locator("#step-2");
		second.getByLabel("Wait for an acknowledgement").fill("5");
		second.getByLabel("Person").first().fill(alice.email());
		assertThat(page.locator("#preview")).containsText("at 0 min whoever is on call on Primary; at 5 min Alice");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save policy")).click();
		page.waitForURL("**?saved=policy");

		admin.open("/oncall/teams/" + team);
		Locator route = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a route"));
		route.getByLabel("Integration").selectOption(integration);
		route.getByLabel("Policy").selectOption(new SelectOption().setLabel("Nights"));
		route.getByLabel("Matchers").fill("severity = critical");
		route.getByLabel("Urgency").selectOption("high");
		route.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add route")).click();
		page.waitForURL("**saved=route**");
	}

	/**
	 * Posts the alert to Alertmanager's API as Prometheus does when a rule fires, with
	 * the times of the application's Saturday night.
	 */
	private static void fire(int alertmanager, String alertname, Instant at) throws Exception {
		String alert = JSON.writeValueAsString(
				List.of(Map.of("labels", Map.of("alertname", alertname, "severity", "critical", "instance", "shop-1"),
						"annotations", Map.of("summary", "Checkout is down (" + alertname + ")"), "startsAt",
						at.toString(), "endsAt", at.plus(Duration.ofHours(1)).toString())));
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + alertmanager + "/api/v2/alerts"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(alert))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	private static MimeMessage firstMail(User person, LocalProcess alertmanager) {
		try {
			Eventually.waiting("a page mail for " + person.email(), PATIENCE)
				.failFast("Alertmanager exited", () -> !alertmanager.alive())
				.until(() -> smtp.getReceivedMessagesForDomain(person.email()).length >= 1);
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nAlertmanager:\n" + alertmanager.output(), ex);
		}
		return smtp.getReceivedMessagesForDomain(person.email())[0];
	}

	private long group(String alertname) {
		Optional<JsonNode> found = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst();
		assertThat(found).as("the alert group of " + alertname).isPresent();
		return found.get().get("id").asLong();
	}

	private void mailThrough(GreenMailExtension server) {
		Api.Response saved = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.submitForm("/admin/smtp", "/admin/smtp", Map.of("host", "127.0.0.1", "port", server.getSmtp().getPort(),
					"from", "pager@example.com", "username", "pager", "password", "pager-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		server.setUser("pager", "pager-pass");
	}

	private static List<String> ids(User... people) {
		return java.util.Arrays.stream(people).map((u) -> u.id().toString()).toList();
	}

	private static String link(String body, String label) {
		Matcher matcher = Pattern.compile(Pattern.quote(label) + "(https?://\\S+)").matcher(body.replace("=\r\n", ""));
		assertThat(matcher.find()).as("a link after %s in %s", label, body).isTrue();
		return matcher.group(1);
	}

}
