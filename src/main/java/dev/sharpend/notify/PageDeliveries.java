package dev.sharpend.notify;

import java.util.Map;

import dev.sharpend.identity.OutboundUrlCheck;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Messages to one person on call, through the outbox: pages, verification codes for a new
 * contact method, and short notes (a method is failing). Everything is written in the
 * caller's transaction and sent with retries, one receiver's messages in order.
 */
@Service
@NamedInterface("api")
public class PageDeliveries {

	/** The event name of a page, kept with the delivery. */
	public static final String PAGE_EVENT = "page.triggered";

	private final Outbox outbox;

	private final TwilioConfiguration twilio;

	private final OutboundUrlCheck urls;

	private final Links links;

	PageDeliveries(Outbox outbox, TwilioConfiguration twilio, OutboundUrlCheck urls, Links links) {
		this.outbox = outbox;
		this.twilio = twilio;
		this.urls = urls;
		this.links = links;
	}

	/** Whether a Twilio account is configured, so SMS and voice can be offered. */
	public boolean twilioConfigured() {
		return this.twilio.current().configured();
	}

	/**
	 * Checks a URL a person gives for a contact method: http or https, and not an
	 * internal address unless the installation allows private targets.
	 * @throws RequestRejected naming the field
	 */
	public String checkedUrl(String url, String field) {
		this.urls.checkSaved(url, field);
		return SafeHttp.checkedUrl(url).toString();
	}

	/**
	 * What may be shown of a chat or ntfy URL, whose path is a credential: the host, the
	 * start of the path and a short fingerprint.
	 */
	public String redacted(String url) {
		return Subscriptions.redacted(url);
	}

	/**
	 * Checks an e-mail address's syntax; returns it in lower case.
	 * @throws RequestRejected naming the field
	 */
	public String checkedEmail(String address, String field) {
		try {
			return Subscriptions.checkedEmail(address);
		}
		catch (RequestRejected ex) {
			throw RequestRejected.invalid(field, ex.getMessage());
		}
	}

	/** Queues a page (or a test page) to one target. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void page(PersonalTarget to, PageNotice notice) {
		String payload = PageTexts.payload(to.channel(), notice, this.links.base() + "/api/v1/twilio/voice");
		this.outbox.enqueue(to.channel(), to.address(), to.receiver(), notice.test() ? "page.test" : PAGE_EVENT,
				payload, to.secret());
	}

	/**
	 * Queues a short note to the person: a verification code, or that a method is
	 * failing.
	 * @param subject the e-mail subject and chat headline
	 * @param text the message; links are written out in it
	 * @param event what it is, such as {@code contact.verify}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void note(PersonalTarget to, String subject, String text, String event) {
		String payload = switch (to.channel()) {
			case EMAIL ->
				new MailMessage(subject, text, "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>", null)
					.toJson();
			case SMS -> PageTexts.json(Map.of("body", text));
			case VOICE -> PageTexts.json(Map.of("twiml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>"
					+ HtmlUtils.htmlEscape(spoken(text)) + "</Say></Response>"));
			case NTFY -> PageTexts.json(Map.of("Title", subject, "Tags", "bell", "message", text));
			case WEBHOOK, ENDPOINT -> PageTexts.json(Map.of("event", event, "subject", subject, "text", text));
			case TEAMS -> PageTexts.json(Map.of("type", "message", "text", subject + "\n\n" + text));
			case SLACK, MATTERMOST -> PageTexts.json(Map.of("text", "*" + subject + "*\n" + text));
		};
		this.outbox.enqueue(to.channel(), to.address(), to.receiver(), event, payload, to.secret());
	}

	/**
	 * Whether a request came from Twilio: its {@code X-Twilio-Signature} matches the URL
	 * Twilio called and the POST parameters, keyed with the configured auth token.
	 */
	public boolean signedByTwilio(String url, Map<String, String> params, String signature) {
		return TwilioSignature.valid(this.twilio.current().authToken(), url, params, signature);
	}

	/** Digits are read one by one so a code such as 123456 is not read as a number. */
	private static String spoken(String text) {
		return text.replaceAll("(\\d)(?=\\d)", "$1 ");
	}

}
