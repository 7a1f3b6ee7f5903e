package dev.sharpend.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.Impact;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPageSamples;
import dev.sharpend.system.SharpendProperties;

import org.springframework.mock.env.MockEnvironment;

import static dev.sharpend.statuspage.StatusPageSamples.incident;
import static dev.sharpend.statuspage.StatusPageSamples.page;
import static dev.sharpend.statuspage.StatusPageSamples.update;
import static org.assertj.core.api.Assertions.assertThat;

/** The e-mails a subscriber reads: the confirmation request and each update. */
class MailComposerTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final String PAGE_URL = "https://status.example.com";

	private final MailComposer composer = new MailComposer(new Links(
			new SharpendProperties(null, "https://sharpend.example.com/", null, null, null), new MockEnvironment()));

	private final StatusPage page = page("pg1", "Acme & Co", "Europe/Berlin", NOW.minusSeconds(86_400));

	private final Subscriber subscriber = new Subscriber("s1", this.page.id(), Channel.EMAIL, "ada@example.com",
			"tok123", null, NOW, Set.of(), NOW, null);

	@Test
	void theConfirmationNamesThePageAndCarriesTheConfirmLinkButNoUnsubscribeLink() {
		MailMessage mail = MailMessage.fromJson(this.composer.confirmation(this.page, this.subscriber));

		assertThat(mail.subject()).isEqualTo("Confirm your subscription to Acme & Co status updates");
		assertThat(mail.text()).contains("status updates of Acme & Co at this address")
			.contains("Confirm the subscription: https://sharpend.example.com/subscriptions/tok123/confirm")
			.contains("nothing will be sent until the subscription is confirmed");
		assertThat(mail.html()).contains("<strong>Acme &amp; Co</strong>")
			.contains("<a href=\"https://sharpend.example.com/subscriptions/tok123/confirm\">");
		assertThat(mail.unsubscribe()).isNull();
	}

	@Test
	void anUpdateSaysWhatWhenInThePagesZoneWhichComponentsAndHowToUnsubscribe() {
		NoticeUpdate update = update("up1", NoticeStatus.IDENTIFIED, "**Rolling back** the deploy.", NOW,
				new NoticeUpdate.ComponentChange(new dev.sharpend.catalog.ComponentId("api1"), "API",
						ComponentStatus.OPERATIONAL, ComponentStatus.MAJOR_OUTAGE));
		Notice notice = incident(this.page.id(), "inc1", "API errors", Impact.CRITICAL, List.of(update), Map.of());

		MailMessage mail = MailMessage
			.fromJson(this.composer.update(this.page, PAGE_URL, notice, update, this.subscriber));

		assertThat(mail.subject()).isEqualTo("[Acme & Co] API errors – Identified");
		assertThat(mail.text())
			.startsWith("API errors\nIdentified · Dec 1, 2026 11:00 CET\n\n**Rolling back** the deploy.")
			.contains("Components: API (Major outage)")
			.contains("Status page: https://status.example.com")
			.contains("Unsubscribe: https://sharpend.example.com/unsubscribe/tok123")
			.doesNotContain("Scheduled:");
		assertThat(mail.html()).contains("<strong>Rolling back</strong>")
			.contains("Acme &amp; Co")
			.contains("<a href=\"https://sharpend.example.com/unsubscribe/tok123\">Unsubscribe</a>");
		assertThat(mail.unsubscribe()).isEqualTo("https://sharpend.example.com/unsubscribe/tok123");
	}

	@Test
	void theHtmlOfAnUpdateNeverCarriesMarkupFromItsText() {
		NoticeUpdate update = update("up1", NoticeStatus.INVESTIGATING, "Look <script>alert(1)</script> here", NOW);
		Notice notice = incident(this.page.id(), "inc1", "<b>API</b> errors", Impact.MINOR, List.of(update), Map.of());

		MailMessage mail = MailMessage
			.fromJson(this.composer.update(this.page, PAGE_URL, notice, update, this.subscriber));

		assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>API</b>").contains("&lt;b&gt;API");
	}

	@Test
	void aMaintenanceUpdateSaysWhenItIsScheduledInThePagesZone() {
		NoticeUpdate update = update("up1", NoticeStatus.SCHEDULED, "Database upgrade.", NOW);
		Schedule schedule = new Schedule(Instant.parse("2026-12-05T22:00:00Z"), Instant.parse("2026-12-06T01:00:00Z"),
				true, true, true);
		Notice notice = StatusPageSamples.maintenance(this.page.id(), "mnt1", "Upgrade", schedule, update);

		MailMessage mail = MailMessage
			.fromJson(this.composer.update(this.page, PAGE_URL, notice, update, this.subscriber));

		assertThat(mail.subject()).isEqualTo("[Acme & Co] Upgrade – Scheduled");
		assertThat(mail.text()).contains("Scheduled: Dec 5, 2026 23:00 CET – Dec 6, 2026 02:00 CET");
	}

}
