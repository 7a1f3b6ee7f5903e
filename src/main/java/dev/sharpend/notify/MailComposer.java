package dev.sharpend.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.system.Markdown;

/** Writes the e-mails subscribers get: confirmation requests and notice updates. */
@org.springframework.stereotype.Component
class MailComposer {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm z", Locale.ENGLISH);

	private final Links links;

	MailComposer(Links links) {
		this.links = links;
	}

	String confirmation(StatusPage page, Subscriber subscriber) {
		String url = this.links.confirm(subscriber.token());
		String text = """
				Someone, hopefully you, asked to receive status updates of %s at this address.

				Confirm the subscription: %s

				If it was not you, ignore this message: nothing will be sent until the subscription is confirmed.
				""".formatted(page.name(), url);
		String html = "<p>Someone, hopefully you, asked to receive status updates of <strong>" + esc(page.name())
				+ "</strong> at this address.</p><p><a href=\"" + esc(url)
				+ "\">Confirm the subscription</a></p><p>If it was not you, ignore this message: nothing will be"
				+ " sent until the subscription is confirmed.</p>";
		return new MailMessage("Confirm your subscription to " + page.name() + " status updates", text, html, null)
			.toJson();
	}

	String update(StatusPage page, String pageUrl, Notice notice, NoticeUpdate update, Subscriber subscriber) {
		String unsubscribe = this.links.unsubscribe(subscriber.token());
		String when = WHEN.format(update.displayAt().atZone(ZoneId.of(page.timeZone())));
		String status = label(update.status().code());
		String components = update.componentChanges()
			.stream()
			.map((c) -> c.name() + " (" + c.newStatus().label() + ")")
			.collect(Collectors.joining(", "));
		String schedule = (notice.kind() == NoticeKind.MAINTENANCE)
				? "Scheduled: " + WHEN.format(notice.schedule().scheduledFor().atZone(ZoneId.of(page.timeZone())))
						+ " – " + WHEN.format(notice.schedule().scheduledUntil().atZone(ZoneId.of(page.timeZone())))
				: "";
		StringBuilder text = new StringBuilder();
		text.append(notice.name()).append("\n").append(status).append(" · ").append(when).append("\n\n");
		text.append(update.body()).append("\n\n");
		appendLine(text, components.isEmpty() ? "" : "Components: " + components);
		appendLine(text, schedule);
		text.append("Status page: ").append(pageUrl).append("\n\n");
		text.append("You get this because you subscribed to status updates of ").append(page.name()).append(".\n");
		text.append("Unsubscribe: ").append(unsubscribe).append("\n");
		String html = "<h2>" + esc(notice.name()) + "</h2><p><strong>" + esc(status) + "</strong> · " + esc(when)
				+ "</p>" + Markdown.toSafeHtml(update.body())
				+ (components.isEmpty() ? "" : "<p>Components: " + esc(components) + "</p>")
				+ (schedule.isEmpty() ? "" : "<p>" + esc(schedule) + "</p>") + "<p><a href=\"" + esc(pageUrl)
				+ "\">View the status page</a></p><p style=\"color:#666\">You get this because you subscribed to"
				+ " status updates of " + esc(page.name()) + ". <a href=\"" + esc(unsubscribe)
				+ "\">Unsubscribe</a></p>";
		String subject = "[" + page.name() + "] " + notice.name() + " – " + status;
		return new MailMessage(subject, text.toString(), html, unsubscribe).toJson();
	}

	private static void appendLine(StringBuilder text, String line) {
		if (!line.isEmpty()) {
			text.append(line).append("\n\n");
		}
	}

	static String label(String code) {
		return code.substring(0, 1).toUpperCase(Locale.ENGLISH) + code.substring(1).replace('_', ' ');
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
