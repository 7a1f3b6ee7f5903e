package dev.sharpend.notify;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail to one person about their own work (such as a reminder of an action item they
 * own), through the outbox: written in the caller's transaction and sent with retries.
 */
@Service
@NamedInterface("api")
public class PersonalMail {

	private final Outbox outbox;

	PersonalMail(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Queues a plain message.
	 * @param to the address
	 * @param subject the subject
	 * @param text the plain-text body; the HTML body is the same text, escaped
	 * @param event what it is about, such as {@code action_item.overdue}, kept with the
	 * delivery
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, String subject, String text, String event) {
		String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
		this.outbox.enqueue(Channel.EMAIL, to, null, event, new MailMessage(subject, text, html, null).toJson());
	}

}
