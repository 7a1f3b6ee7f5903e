package dev.sharpend.provider;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Role;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.Mails;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub's status page (a real HTTP server on loopback speaking Statuspage v2) announces
 * a maintenance of "Actions", which the team maps to its own "Deploys": it shows on the
 * maintenance calendar in the reader's zone next to our own status page's maintenance, in
 * the iCalendar feed a team subscribes to (the same event after GitHub moves it), and the
 * people keeping the register get one e-mail before it starts, and another once it moves.
 */
@LoopbackIntegrationTest
class MaintenanceCalendarIntegrationTests {

	private static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProviderPolling polling;

	@Autowired
	MaintenanceReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	UpstreamMaintenanceFixtures github;

	@BeforeEach
	void startStatusPage() throws IOException {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		this.github = new UpstreamMaintenanceFixtures(this.run);
	}

	@AfterEach
	void stopStatusPage() {
		this.github.close();
	}

	@Test
	void upstreamMaintenanceShowsOnTheCalendarInTheReadersZoneAndInTheSubscribedFeed() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		Api person = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Instant start = this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		UpstreamMaintenanceFixtures.Watched watched = this.github.watch(admin, this.polling, start);
		Api.created(admin.postJson("/api/v1/status-pages/" + watched.page() + "/maintenances",
				Map.of("name", "Our database upgrade " + this.run, "body", "We upgrade the database.", "scheduledFor",
						start.plus(Duration.ofDays(1)).toString(), "scheduledUntil",
						start.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)).toString(), "componentIds",
						List.of(watched.deploys()))));

		String tokyo = person.getHtml("/providers/maintenances?zone=Asia/Tokyo").body();
		String startInTokyo = DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(ZoneId.of("Asia/Tokyo")));
		String endInTokyo = DateTimeFormatter.ofPattern("HH:mm")
			.format(start.plus(Duration.ofHours(2)).atZone(ZoneId.of("Asia/Tokyo")));
		assertThat(tokyo).contains(this.github.title())
			.contains("Upstream: GitHub " + this.run)
			.contains("Touches <span>Deploys " + this.run + "</span>")
			.contains(startInTokyo + " – " + endInTokyo)
			.contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
				.format(start.atZone(ZoneId.of("Asia/Tokyo"))))
			.contains("Our database upgrade " + this.run)
			.contains("Our page: Shop " + this.run)
			.as("a maintenance of a provider component nobody mapped")
			.doesNotContain(this.github.unmappedTitle());
		assertThat(person.getHtml("/providers").body()).contains("href=\"/providers/maintenances\"");
		Api.Response badZone = person.getHtml("/providers/maintenances?zone=Mars/Olympus");
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.body()).contains("There is no time zone");

		// a team subscribes to the feed; calendar apps fetch it without signing in
		Api.Response made = admin.postJson("/api/v1/provider-maintenances/calendar-feeds", Map.of());
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		String url = made.json().get("url").asString();
		String path = url.replaceFirst("^https?://[^/]+", "");
		Api anonymous = Api.anonymous(this.port);
		Api.Response feed = anonymous.get(path);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar");
		String first = unfold(feed.body());
		assertThat(first).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("SUMMARY:GitHub " + this.run + " maintenance: Runner image upgrade " + this.run)
			.contains("DTSTART:" + ICAL.format(start))
			.contains("DTEND:" + ICAL.format(start.plus(Duration.ofHours(2))))
			.contains("Deploys " + this.run)
			.doesNotContain(this.github.unmappedTitle());
		String uid = uid(first, this.github.title());

		// GitHub moves the maintenance: the same event, at its new time
		Instant moved = start.plus(Duration.ofHours(5));
		this.github.announce(moved);
		this.clock.advance(Duration.ofMinutes(6));
		this.polling.runDue();
		Eventually.await("the new time is read",
				() -> unfold(anonymous.get(path).body()).contains("DTSTART:" + ICAL.format(moved)));
		String second = unfold(anonymous.get(path).body());
		assertThat(uid(second, this.github.title())).isEqualTo(uid);
		assertThat(second.split("UID:" + Pattern.quote(uid), -1)).as("one event, not a copy").hasSize(2);

		String id = made.json().get("id").asString();
		assertThat(admin.get("/api/v1/provider-maintenances/calendar-feeds").body()).contains(id)
			.doesNotContain("cal_");
		assertThat(admin.delete("/api/v1/provider-maintenances/calendar-feeds/" + id).status()).isEqualTo(204);
		assertThat(anonymous.get(path).status()).as("a revoked link answers nothing").isEqualTo(404);
	}

	@Test
	void thePeopleKeepingTheRegisterAreRemindedOnceBeforeItStartsAndAgainWhenItMoves() throws Exception {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		useGreenMail();
		Role readers = this.roles.create("Provider readers " + this.run, "test", Set.of(Permission.PROVIDER_READ));
		String reader = "reader-" + this.run + "@example.test";
		this.accounts.create(new Accounts.NewUser(reader, null, "reader password " + this.run, readers.id()), "test");
		Instant start = this.clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
		this.github.watch(admin, this.polling, start);
		String title = this.github.title();

		remindNow();
		assertThat(reminders(TestKeys.ADMIN_EMAIL, title)).as("30 hours ahead: too early").isZero();

		this.clock.advance(Duration.ofHours(7));
		remindNow();
		remindNow();
		assertThat(reminders(TestKeys.ADMIN_EMAIL, title)).as("23 hours ahead, however often it runs").isOne();
		assertThat(reminders(reader, title)).as("a reader who cannot change the register").isZero();
		String text = mailText(title, 1);
		assertThat(text).contains("GitHub " + this.run + " has scheduled a maintenance")
			.contains("Deploys " + this.run)
			.contains("Starts: "
					+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(start))
			.contains("/providers/maintenances");

		// GitHub moves it two hours later: a reminder again, before the new start
		Instant moved = start.plus(Duration.ofHours(2));
		this.github.announce(moved);
		this.clock.advance(Duration.ofMinutes(6));
		this.polling.runDue();
		Eventually.await("the new start is read",
				() -> this.jdbc.sql("select count(*) from provider_upstream_event where title = :t and started_at > :s")
					.param("t", title)
					.param("s", Timestamp.from(start))
					.query(Long.class)
					.single() == 1);
		remindNow();
		assertThat(reminders(TestKeys.ADMIN_EMAIL, title)).as("25 hours ahead of the new start").isOne();
		this.clock.advance(Duration.ofHours(2));
		remindNow();
		assertThat(reminders(TestKeys.ADMIN_EMAIL, title)).isEqualTo(2);
		assertThat(mailText(title, 2)).contains("Starts: "
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(moved));
	}

	private void useGreenMail() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response saved = browser.submitForm("/admin/smtp", "/admin/smtp",
				Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "sharpend@example.com",
						"starttls", "false", "username", "sharpend", "password", "sharpend-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		smtp.setUser("sharpend", "sharpend-pass");
	}

	/** Looks for reminders due, and waits until the mails they ask for are queued. */
	private void remindNow() {
		this.reminders.runDue();
		Eventually.await("the reminders queued",
				() -> this.jdbc.sql("""
						select count(*) from event_publication where listener_id like '%MaintenanceReminderMail%'""")
					.query(Long.class)
					.single() == 0);
	}

	/** The reminders queued to an address about a maintenance. */
	private long reminders(String to, String title) {
		return this.jdbc.sql("""
				select count(*) from notify_delivery where target = :to and channel = 'EMAIL'
				    and event = 'provider.maintenance_reminder' and payload like :title""")
			.param("to", to)
			.param("title", "%" + title + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * The plain text of the n-th reminder about a maintenance the administrator received.
	 */
	private static String mailText(String title, int n) throws Exception {
		Eventually.await(n + " reminder(s) delivered", () -> received(title).size() >= n);
		return Mails.text(received(title).get(n - 1));
	}

	private static List<MimeMessage> received(String title) {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(TestKeys.ADMIN_EMAIL)).filter((m) -> {
			try {
				return m.getSubject().contains(title);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/** The lines of an iCalendar document unfolded (RFC 5545 §3.1). */
	private static String unfold(String ical) {
		return ical.replace("\r\n ", "").replace("\r\n\t", "");
	}

	/** The UID of the event with this text in its summary. */
	private static String uid(String ical, String summary) {
		for (String event : ical.split("BEGIN:VEVENT")) {
			if (event.contains(summary)) {
				Matcher m = Pattern.compile("\r\nUID:([^\r\n]+)").matcher(event);
				assertThat(m.find()).as("a UID in %s", event).isTrue();
				return m.group(1);
			}
		}
		throw new AssertionError("no event " + summary + " in " + ical);
	}

}
