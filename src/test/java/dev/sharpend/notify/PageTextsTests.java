package dev.sharpend.notify;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextsTests {

	private static PageNotice notice(String title) {
		return new PageNotice("p1", 42, title, "latency > 1s", "critical", "high",
				"https://sharpend.example/p/ack?t=" + "x".repeat(80), "https://sharpend.example/p/resolve",
				"https://sharpend.example/alerts/groups/42", List.of("DiskFull"), false);
	}

	@Test
	void smsShortensALongTitleButKeepsTheReplyCodesAndTheAcknowledgeLink() {
		String sms = PageTexts.sms(notice("Checkout latency ".repeat(40)));
		assertThat(sms.length()).isLessThan(PageTexts.SMS_LIMIT);
		assertThat(sms).startsWith("Sharpend Page: Checkout latency")
			.contains("…\nReply 4 to acknowledge, 6 to resolve: https://sharpend.example/p/ack?t=");
	}

	@Test
	void callReadsTheAlertWithoutLinksAndEscapesIt() {
		String twiml = PageTexts.voice(notice("Disk <full> & slow"), "https://sharpend.example/api/v1/twilio/voice");
		assertThat(twiml).contains("Disk &lt;full&gt; &amp; slow")
			.contains("Press 4 to acknowledge.")
			.contains("action=\"https://sharpend.example/api/v1/twilio/voice\"")
			.doesNotContain("/p/ack");
	}

	@Test
	void mailListsTheLinksAndWhatWasHeldBack() {
		MailMessage mail = PageTexts.mail(notice("HighLatency"));
		assertThat(mail.subject()).isEqualTo("[Sharpend] Page: HighLatency");
		assertThat(mail.text()).contains("Acknowledge: https://sharpend.example/p/ack")
			.contains("Resolve: https://sharpend.example/p/resolve")
			.contains("Open in Sharpend: https://sharpend.example/alerts/groups/42")
			.contains("- DiskFull");
		assertThat(mail.html()).contains("<a href=\"https://sharpend.example/p/resolve\">Resolve</a>");
	}

}
