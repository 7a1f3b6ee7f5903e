package dev.sharpend.oncall;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.HookReceiver;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact methods, their verification, notification rules and every channel a page goes
 * out by, against peers started in the test: GreenMail for e-mail, and one HTTP receiver
 * standing in for Twilio, ntfy, Slack, Teams and webhook receivers, each request checked
 * against the documented shape.
 */
@LoopbackIntegrationTest
@Import(ContactMethodIntegrationTests.Replies.class)
@OwnApplication
class ContactMethodIntegrationTests {

	static final String SID = "AC0123456789abcdef0123456789abcdef";

	static final String AUTH_TOKEN = "twilio-test-auth-token";

	static final String FROM = "+15005550006";

	static final HookReceiver peer = HookReceiver.start();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@DynamicPropertySource
	static void twilio(DynamicPropertyRegistry registry) {
		registry.add("sharpend.notify.twilio.account-sid", () -> SID);
		registry.add("sharpend.notify.twilio.auth-token", () -> AUTH_TOKEN);
		registry.add("sharpend.notify.twilio.from", () -> FROM);
		registry.add("sharpend.notify.twilio.api-base", () -> peer.url(""));
	}

	@AfterAll
	static void stopPeer() {
		peer.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MovableClock clock;

	@Autowired
	PageNotifier notifier;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Moves the clock once no delivery is being sent: the receiver answers before the
	 * worker records the failure, and a clock moved in between would put the retry after
	 * the moved time, where nothing moves it again.
	 */
	private void advanceOnceRecorded(Duration by) {
		Eventually.await("the failed attempt recorded",
				() -> this.jdbc.sql("select count(*) from notify_delivery where claimed_until is not null")
					.query(Long.class)
					.single() == 0);
		this.clock.advance(by);
	}

	@BeforeEach
	void mailThroughGreenMail() {
		this.clock.set(Instant.now());
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response saved = admin.submitForm("/admin/smtp", "/admin/smtp",
				Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "pager@example.com", "starttls",
						"false", "username", "pager", "password", "pager-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		// An account of our own: the settings form keeps the user name an earlier test of
		// the
		// shared application saved, which this server would refuse.
		smtp.setUser("pager", "pager-pass");
	}

	@Test
	void emailMethodIsVerifiedByTheMailedCodeAfterAWrongOne() throws Exception {
		Person ada = person("Ada");
		String address = "ada-pager-" + OnCallFixtures.suffix() + "@example.test";
		JsonNode method = add(ada.api, "email", address);
		assertThat(method.get("verified").asBoolean()).isFalse();

		String code = code(GreenMailUtil.getBody(mail(address, 1)));
		Api.Response wrong = ada.api.postJson(verification(method), Map.of("code", wrongCode(code)));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("code").contains("4 tries left");
		Api.Response right = ada.api.postJson(verification(method), Map.of("code", code));
		assertThat(right.status()).as(right.toString()).isEqualTo(200);
		assertThat(right.json().get("verified").asBoolean()).isTrue();
	}

	@Test
	void emailMethodIsVerifiedByTheMailedLink() throws Exception {
		Person bo = person("Bo");
		String address = "bo-pager-" + OnCallFixtures.suffix() + "@example.test";
		JsonNode method = add(bo.api, "email", address);
		String body = GreenMailUtil.getBody(mail(address, 1)).replace("=\r\n", "");
		Matcher link = Pattern.compile("https?://[^\\s\"<>]+(/oncall/me/verify/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		Api browser = Api.signedIn(this.port, bo.user.email(), OnCallFixtures.PASSWORD);
		assertThat(browser.get(link.group(1)).body()).contains("verified");
		assertThat(listed(bo.api, method).get("verified").asBoolean()).isTrue();
	}

	@Test
	void codeExpiresAfterFifteenMinutes() throws Exception {
		Person cy = person("Cy");
		String address = "cy-pager-" + OnCallFixtures.suffix() + "@example.test";
		JsonNode method = add(cy.api, "email", address);
		String code = code(GreenMailUtil.getBody(mail(address, 1)));
		this.clock.advance(Duration.ofMinutes(16));
		Api.Response late = cy.api.postJson(verification(method), Map.of("code", code));
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.body()).contains("expired");
		assertThat(listed(cy.api, method).get("verified").asBoolean()).isFalse();
	}

	@Test
	void refusesBadAddressesNamingTheField() {
		Api api = person("Di").api;
		assertThat(api.postJson("/api/v1/contact-methods", Map.of("kind", "sms", "address", "0770 0900")).body())
			.contains("address")
			.contains("+447700900123");
		assertThat(
				api.postJson("/api/v1/contact-methods", Map.of("kind", "email", "address", "not-an-address")).status())
			.isEqualTo(400);
		assertThat(api.postJson("/api/v1/contact-methods", Map.of("kind", "slack", "address", "ftp://example.com/x"))
			.body()).contains("address");
		assertThat(api.postJson("/api/v1/contact-methods", Map.of("kind", "pigeon", "address", "x")).body())
			.contains("kind");
	}

	@Test
	void anotherPersonsMethodsNeedOncallWrite() {
		Person ed = person("Ed");
		Person fay = person("Fay");
		assertThat(ed.api.get("/api/v1/contact-methods?user=" + fay.user.email()).status()).isEqualTo(403);
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		assertThat(admin
			.postJson("/api/v1/contact-methods?user=" + fay.user.email(),
					Map.of("kind", "sms", "address", "+447700900111"))
			.status()).isEqualTo(201);
		assertThat(fay.api.get("/api/v1/contact-methods").json().get("items")).hasSize(1);
	}

	@Test
	void smsGoesToTwilioAndRulesPlanThePage() throws Exception {
		Person gus = person("Gus");
		String number = phone();
		JsonNode sms = verified(gus, "sms", number);
		Map<String, String> form = twilioForm("Messages.json", number, 1).get(0);
		assertThat(form.get("Body")).contains("verification code");

		Api.Response badDelay = gus.api.postJson("/api/v1/notification-rules",
				Map.of("urgency", "high", "delayMinutes", 61, "method", sms.get("id").asString()));
		assertThat(badDelay.body()).contains("delayMinutes");
		rule(gus, "high", 5, sms);
		Instant at = Instant.parse("2026-12-02T03:00:00Z");
		List<PlannedContact> plan = this.notifier.plan(gus.id(), Urgency.HIGH, at);
		assertThat(plan).singleElement().satisfies((c) -> {
			assertThat(c.due()).isEqualTo(at.plusSeconds(300));
			assertThat(c.label()).isEqualTo("SMS " + number);
		});

		page(gus, plan.get(0));
		String text = twilioForm("Messages.json", number, 2).get(1).get("Body");
		assertThat(text).contains("HighLatency")
			.contains("Reply 4 to acknowledge, 6 to resolve")
			.contains("https://sharpend.test/ack/1");
		assertThat(text.length()).isLessThan(320);
	}

	@Test
	void voiceCallSaysTheAlertAndHowToAcknowledge() throws Exception {
		Person hal = person("Hal");
		String number = phone();
		rule(hal, "high", 0, verified(hal, "voice", number));
		page(hal, this.notifier.plan(hal.id(), Urgency.HIGH, this.clock.instant()).get(0));
		Map<String, String> call = twilioForm("Calls.json", number, 2).get(1);
		assertThat(call.get("From")).isEqualTo(FROM);
		assertThat(call.get("Twiml")).startsWith("<?xml")
			.contains("<Say>")
			.contains("HighLatency")
			.contains("Press 4 to acknowledge.")
			.doesNotContain("https://sharpend.test/ack");
	}

	@Test
	void lowUrgencyAtNightWaitsForEightInThePersonsZone() throws Exception {
		Person ivy = person("Ivy");
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		OnCallFixtures.team(admin, "Asia/Tokyo", List.of(ivy.user));
		JsonNode sms = verified(ivy, "sms", phone());
		rule(ivy, "low", 0, sms);
		// 23:30 on a Friday in Tokyo: the next business hours begin on Monday at 08:00.
		Instant friday = Instant.parse("2026-12-04T14:30:00Z");
		assertThat(this.notifier.plan(ivy.id(), Urgency.LOW, friday)).singleElement()
			.satisfies((c) -> assertThat(c.due()).isEqualTo(Instant.parse("2026-12-06T23:00:00Z")));
		// 02:00 on a Tuesday: 08:00 the same morning.
		assertThat(this.notifier.plan(ivy.id(), Urgency.LOW, Instant.parse("2026-12-07T17:00:00Z"))).singleElement()
			.satisfies((c) -> assertThat(c.due()).isEqualTo(Instant.parse("2026-12-07T23:00:00Z")));
		// No high-urgency rule: the account address, at once.
		Instant now = Instant.parse("2026-12-07T17:00:00Z");
		assertThat(this.notifier.plan(ivy.id(), Urgency.HIGH, now))
			.containsExactly(new PlannedContact(now, null, "e-mail"));
	}

	@Test
	void personWithoutMethodsIsMailedThePageAtTheAccountAddress() throws Exception {
		Person jo = person("Jo");
		List<PlannedContact> plan = this.notifier.plan(jo.id(), Urgency.HIGH, this.clock.instant());
		page(jo, plan.get(0));
		MimeMessage mail = mail(jo.user.email(), 1);
		assertThat(mail.getSubject()).isEqualTo("[Sharpend] Page: HighLatency");
		assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("https://sharpend.test/ack/1")
			.contains("https://sharpend.test/resolve/1")
			.contains("DiskFull");
	}

	@Test
	void ntfySlackTeamsAndWebhookCarryTheLinks() throws Exception {
		Person kit = person("Kit");
		String topic = "/ntfy/pager-" + OnCallFixtures.suffix();
		String slack = "/slack/" + OnCallFixtures.suffix();
		String teams = "/teams/" + OnCallFixtures.suffix();
		String hook = "/hook/" + OnCallFixtures.suffix();
		JsonNode ntfy = verifiedByPeer(kit, "ntfy", topic);
		verifiedByPeer(kit, "slack", slack);
		verifiedByPeer(kit, "teams", teams);
		verifiedByPeer(kit, "webhook", hook);
		assertThat(ntfy.get("address").asString()).doesNotContain(topic.substring(6));

		Api.Response test = kit.api.postJson("/api/v1/contact-methods/test-page", Map.of());
		assertThat(test.status()).as(test.toString()).isEqualTo(202);
		page(kit, new PlannedContact(this.clock.instant(), null, "e-mail"));
		for (PlannedContact c : List.of(contactOf(kit, topic), contactOf(kit, slack), contactOf(kit, teams),
				contactOf(kit, hook))) {
			page(kit, c);
		}

		HookReceiver.Received pushed = last(topic, 3);
		assertThat(pushed.header("Title")).isEqualTo("Page: HighLatency");
		assertThat(pushed.header("Priority")).isEqualTo("urgent");
		assertThat(pushed.header("Tags")).isEqualTo("rotating_light");
		assertThat(pushed.header("Click")).isEqualTo("https://sharpend.test/groups/1");
		assertThat(pushed.header("Actions")).isEqualTo(
				"view, Acknowledge, https://sharpend.test/ack/1, clear=true; view, Resolve, https://sharpend.test/resolve/1, clear=true");

		JsonNode blocks = JSON.readTree(last(slack, 3).text()).get("blocks");
		JsonNode buttons = blocks.get(1).get("elements");
		assertThat(blocks.get(1).get("type").asString()).isEqualTo("actions");
		assertThat(buttons.get(0).get("type").asString()).isEqualTo("button");
		assertThat(buttons.get(0).get("url").asString()).isEqualTo("https://sharpend.test/ack/1");
		assertThat(buttons.get(1).get("url").asString()).isEqualTo("https://sharpend.test/resolve/1");

		JsonNode card = JSON.readTree(last(teams, 3).text()).get("attachments").get(0);
		assertThat(card.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode actions = card.get("content").get("actions");
		assertThat(actions.get(0).get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(actions.get(0).get("url").asString()).isEqualTo("https://sharpend.test/ack/1");

		HookReceiver.Received signed = last(hook, 3);
		assertThat(signed.header("X-Sharpend-Signature")).startsWith("sha256=");
		JsonNode body = JSON.readTree(signed.text());
		assertThat(body.get("event").asString()).isEqualTo("page.triggered");
		assertThat(body.get("page").get("acknowledge_url").asString()).isEqualTo("https://sharpend.test/ack/1");
		assertThat(body.get("page").get("held_back").get(0).asString()).isEqualTo("DiskFull");
		// The test page reached every method between the verification and the page.
		assertThat(JSON.readTree(peer.receivedAt(slack).get(1).text()).get("text").asString()).contains("Test page");
	}

	@Test
	void aMethodThatKeepsFailingIsMarkedAndItsOwnerMailed() throws Exception {
		Person max = person("Max");
		String slack = "/slack-broken/" + OnCallFixtures.suffix();
		JsonNode method = verifiedByPeer(max, "slack", slack);
		peer.answerNext(500, 500, 500);
		page(max, contactOf(max, "/slack"));
		for (int attempt = 1; attempt <= 3; attempt++) {
			int seen = attempt + 1;
			Eventually.await("attempt " + seen + " at " + slack, () -> peer.receivedAt(slack).size() >= seen);
			advanceOnceRecorded(Duration.ofHours(2));
		}
		Eventually.await("the method is marked failing", () -> listed(max.api, method).get("failing").asBoolean());
		assertThat(listed(max.api, method).get("failure").asString()).contains("500");
		MimeMessage told = mail(max.user.email(), 1);
		assertThat(told.getSubject()).isEqualTo("[Sharpend] Your contact method Slack is failing");
		Api browser = Api.signedIn(this.port, max.user.email(), OnCallFixtures.PASSWORD);
		assertThat(browser.get("/oncall/me").body()).contains("failing");

		// Fixed: a new code, verified again, clears the failure.
		int before = peer.receivedAt(slack).size();
		assertThat(max.api.postJson(verification(method) + "-code", Map.of()).status()).isEqualTo(202);
		String again = Eventually.until("a new code", () -> peer.receivedAt(slack), (r) -> r.size() > before)
			.get(before)
			.text();
		expectVerified(max, method, code(again));
		assertThat(listed(max.api, method).get("failing").asBoolean()).isFalse();
	}

	@Test
	void theTeamsAdminsButNotItsMembersAreToldOfAMethodThatKeepsFailing() throws Exception {
		Person max = person("Max");
		Person ada = person("Ada");
		Person mo = person("Mo");
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String team = OnCallFixtures.team(admin, "UTC", List.of(max.user, ada.user, mo.user));
		Api.Response refused = admin.sendJson("PUT", "/api/v1/teams/" + team + "/admins",
				Map.of("admins", List.of(ada.id().toString(), java.util.UUID.randomUUID().toString())));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"admins[1]\"");
		Api.Response set = admin.sendJson("PUT", "/api/v1/teams/" + team + "/admins",
				Map.of("admins", List.of(ada.id().toString())));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(admin.get("/api/v1/teams/" + team + "/admins").json().get("admins").get(0).get("name").asString())
			.isEqualTo(ada.user.displayName());

		String slack = "/slack-admins/" + OnCallFixtures.suffix();
		verifiedByPeer(max, "slack", slack);
		peer.answerNext(500, 500, 500);
		page(max, contactOf(max, "/slack"));
		for (int attempt = 1; attempt <= 3; attempt++) {
			int seen = attempt + 1;
			Eventually.await("attempt " + seen + " at " + slack, () -> peer.receivedAt(slack).size() >= seen);
			advanceOnceRecorded(Duration.ofHours(2));
		}
		MimeMessage told = mail(ada.user.email(), 1);
		assertThat(told.getSubject())
			.isEqualTo("[Sharpend] " + max.user.displayName() + "'s contact method Slack is failing");
		assertThat(mail(max.user.email(), 1).getSubject()).isEqualTo("[Sharpend] Your contact method Slack is failing");
		assertThat(smtp.getReceivedMessagesForDomain(mo.user.email())).isEmpty();
	}

	@Test
	void twilioSettingsSavedByAnAdminWinOverTheEnvironment() {
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response refused = admin.submitForm("/admin/twilio", "/admin/twilio",
				Map.of("accountSid", "nope", "authToken", "t", "from", FROM, "apiBase", peer.url("/other")));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(admin.get("/admin/twilio").body()).contains("account SID");
		Api.Response saved = admin.submitForm("/admin/twilio", "/admin/twilio", Map.of("accountSid", SID, "authToken",
				"saved-token", "from", "+15005550009", "apiBase", peer.url("/other")));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		try {
			Person nia = person("Nia");
			String number = phone();
			add(nia.api, "sms", number);
			HookReceiver.Received sent = Eventually.until("an SMS through the saved account",
					() -> peer.receivedAt("/other/2010-04-01/Accounts/" + SID + "/Messages.json"), (r) -> !r.isEmpty())
				.get(0);
			assertThat(form(sent).get("From")).isEqualTo("+15005550009");
			assertThat(sent.header("Authorization")).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString((SID + ":saved-token").getBytes(StandardCharsets.UTF_8)));
			assertThat(admin.get("/admin/twilio").body()).doesNotContain("saved-token").contains("database");
		}
		finally {
			admin.submitForm("/admin/twilio", "/admin/twilio/clear", Map.of());
		}
	}

	@Test
	void aKeyPressedDuringThePageCallAcknowledges() throws Exception {
		Person ola = person("Ola");
		String number = phone();
		verified(ola, "voice", number);
		String url = "http://localhost:" + this.port + "/api/v1/twilio/voice";
		Map<String, String> pressed = Map.of("To", number, "From", FROM, "Digits", "4", "CallSid", "CA1");
		Api.Response answer = Api.anonymous(this.port)
			.postFormWithHeaders("/api/v1/twilio/voice", pressed,
					Map.of("X-Twilio-Signature", twilioSignature(url, pressed)));
		assertThat(answer.body()).contains("<Say>acknowledged for " + ola.id() + "</Say>");
	}

	@Test
	void smsRepliesAcknowledgeOrResolveWhenSignedByTwilio() throws Exception {
		Person lou = person("Lou");
		String number = phone();
		verified(lou, "sms", number);
		Api twilio = Api.anonymous(this.port);
		String url = "http://localhost:" + this.port + "/api/v1/twilio/sms";

		Map<String, String> ack = Map.of("From", number, "To", FROM, "Body", " 4 ", "MessageSid", "SM1");
		Api.Response acknowledged = twilio.postFormWithHeaders("/api/v1/twilio/sms", ack,
				Map.of("X-Twilio-Signature", twilioSignature(url, ack)));
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
		assertThat(acknowledged.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
				+ "acknowledged for " + lou.id() + "</Message></Response>");

		Map<String, String> resolve = Map.of("From", number, "To", FROM, "Body", "6");
		assertThat(twilio
			.postFormWithHeaders("/api/v1/twilio/sms", resolve,
					Map.of("X-Twilio-Signature", twilioSignature(url, resolve)))
			.body()).contains("resolved for " + lou.id());

		Map<String, String> tampered = Map.of("From", number, "To", FROM, "Body", "6");
		assertThat(twilio
			.postFormWithHeaders("/api/v1/twilio/sms", tampered,
					Map.of("X-Twilio-Signature", twilioSignature(url, ack)))
			.status()).isEqualTo(403);
		assertThat(twilio.postForm("/api/v1/twilio/sms", ack).status()).isEqualTo(401);

		Map<String, String> stranger = Map.of("From", "+15550001111", "Body", "4");
		assertThat(twilio
			.postFormWithHeaders("/api/v1/twilio/sms", stranger,
					Map.of("X-Twilio-Signature", twilioSignature(url, stranger)))
			.body()).contains("<Message>This number is not a verified contact method");
	}

	private record Person(User user, Api api) {

		UserId id() {
			return this.user.id();
		}

	}

	private Person person(String name) {
		User user = new OnCallFixtures(this.port, this.accounts, this.tokens).person(name);
		String token = this.tokens.create(user::id, "pager test", EnumSet.of(Permission.ONCALL_READ), null).value();
		return new Person(user, Api.withToken(this.port, token));
	}

	private static JsonNode add(Api api, String kind, String address) {
		Api.Response added = api.postJson("/api/v1/contact-methods", Map.of("kind", kind, "address", address));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return added.json().get("method");
	}

	private JsonNode verified(Person person, String kind, String number) {
		JsonNode method = add(person.api, kind, number);
		Map<String, String> form = twilioForm(kind.equals("sms") ? "Messages.json" : "Calls.json", number, 1).get(0);
		String said = kind.equals("sms") ? form.get("Body") : form.get("Twiml");
		return expectVerified(person, method, code(said));
	}

	private JsonNode verifiedByPeer(Person person, String kind, String path) throws Exception {
		JsonNode method = add(person.api, kind, peer.url(path));
		String said = Eventually
			.until("a verification code at " + path, () -> peer.receivedAt(path), (r) -> !r.isEmpty())
			.get(0)
			.text();
		return expectVerified(person, method, code(said));
	}

	private static JsonNode expectVerified(Person person, JsonNode method, String code) {
		Api.Response verified = person.api.postJson(verification(method), Map.of("code", code));
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		return verified.json();
	}

	private PlannedContact contactOf(Person person, String path) {
		JsonNode methods = person.api.get("/api/v1/contact-methods").json().get("items");
		for (JsonNode m : methods) {
			if (path.startsWith("/hook") ? m.get("address").asString().endsWith(path)
					: m.get("kind").asString().equals(path.split("/")[1])) {
				return new PlannedContact(this.clock.instant(), java.util.UUID.fromString(m.get("id").asString()),
						m.get("kind").asString());
			}
		}
		throw new AssertionError("no method for " + path);
	}

	private static void rule(Person person, String urgency, int delay, JsonNode method) {
		Api.Response added = person.api.postJson("/api/v1/notification-rules",
				Map.of("urgency", urgency, "delayMinutes", delay, "method", method.get("id").asString()));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	private void page(Person person, PlannedContact contact) {
		PageMessage message = new PageMessage("p-" + OnCallFixtures.suffix(), 1, "HighLatency", "api latency > 1s",
				"critical", Urgency.HIGH, "https://sharpend.test/ack/1", "https://sharpend.test/resolve/1",
				"https://sharpend.test/groups/1", List.of("DiskFull"));
		this.transactions.executeWithoutResult((tx) -> this.notifier.send(person.id(), contact, message));
	}

	private static List<Map<String, String>> twilioForm(String resource, String to, int atLeast) {
		String path = "/2010-04-01/Accounts/" + SID + "/" + resource;
		List<HookReceiver.Received> sent = Eventually.until(atLeast + " Twilio request(s) to " + to,
				() -> peer.receivedAt(path).stream().filter((r) -> form(r).get("To").equals(to)).toList(),
				(r) -> r.size() >= atLeast);
		for (HookReceiver.Received r : sent) {
			assertThat(r.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
			assertThat(r.header("Authorization")).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString((SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
		}
		return sent.stream().map(ContactMethodIntegrationTests::form).toList();
	}

	private static Map<String, String> form(HookReceiver.Received received) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : received.text().split("&")) {
			int eq = pair.indexOf('=');
			form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return form;
	}

	private static HookReceiver.Received last(String path, int atLeast) {
		List<HookReceiver.Received> got = Eventually.until(atLeast + " requests at " + path,
				() -> peer.receivedAt(path), (r) -> r.size() >= atLeast);
		return got.get(got.size() - 1);
	}

	/** Twilio's documented scheme, computed independently of the application's code. */
	private static String twilioSignature(String url, Map<String, String> params) throws Exception {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static MimeMessage mail(String address, int atLeast) {
		Eventually.await(atLeast + " mail(s) for " + address,
				() -> smtp.getReceivedMessagesForDomain(address).length >= atLeast);
		return smtp.getReceivedMessagesForDomain(address)[atLeast - 1];
	}

	private static String code(String text) {
		// A call reads the digits one by one.
		Matcher matcher = Pattern.compile("code is ((?:\\d ?){6})").matcher(text);
		assertThat(matcher.find()).as("a code in %s", text).isTrue();
		return matcher.group(1).replace(" ", "");
	}

	private static String wrongCode(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	private static String verification(JsonNode method) {
		return "/api/v1/contact-methods/" + method.get("id").asString() + "/verification";
	}

	private static JsonNode listed(Api api, JsonNode method) {
		for (JsonNode m : api.get("/api/v1/contact-methods").json().get("items")) {
			if (m.get("id").asString().equals(method.get("id").asString())) {
				return m;
			}
		}
		throw new AssertionError("not listed");
	}

	private static String phone() {
		return "+4477009" + String.format("%05d", (int) (Math.random() * 100000));
	}

	/**
	 * Stands in for the paging engine's replies, which another part of Sharpend provides.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Replies {

		// Primary over the engine's own, so these tests see exactly what the reply asked
		// for.
		@Bean
		@org.springframework.context.annotation.Primary
		PageReplies testReplies() {
			return (person, resolve) -> (resolve ? "resolved" : "acknowledged") + " for " + person;
		}

	}

}
