package dev.sharpend.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * A page as each channel carries it: the same facts and the acknowledge, resolve and open
 * links, shaped as the receiver documents (Slack blocks, a Teams Adaptive Card, ntfy
 * headers, a short text message, TwiML for a call).
 */
final class PageTexts {

	static final int SMS_LIMIT = 320;

	static final String SMS_REPLY = "Reply 4 to acknowledge, 6 to resolve";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PageTexts() {
	}

	/**
	 * @param voiceAction where Twilio posts the digit pressed during a call
	 */
	static String payload(Channel channel, PageNotice notice, String voiceAction) {
		return switch (channel) {
			case EMAIL -> mail(notice).toJson();
			case SLACK, MATTERMOST -> JSON.writeValueAsString(slack(notice));
			case TEAMS -> JSON.writeValueAsString(teams(notice));
			case NTFY -> JSON.writeValueAsString(ntfy(notice));
			case SMS -> JSON.writeValueAsString(Map.of("body", sms(notice)));
			case VOICE -> JSON.writeValueAsString(Map.of("twiml", voice(notice, voiceAction)));
			case WEBHOOK, ENDPOINT -> JSON.writeValueAsString(webhook(notice));
		};
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static MailMessage mail(PageNotice notice) {
		StringBuilder text = new StringBuilder(notice.headline()).append("\n\n").append(facts(notice)).append("\n\n");
		text.append("Acknowledge: ").append(notice.acknowledgeUrl()).append('\n');
		text.append("Resolve: ").append(notice.resolveUrl()).append('\n');
		text.append("Open in Sharpend: ").append(notice.openUrl()).append('\n');
		StringBuilder html = new StringBuilder("<p><strong>").append(esc(notice.headline())).append("</strong></p>");
		html.append("<p>").append(esc(facts(notice)).replace("\n", "<br>")).append("</p><p>");
		html.append(link(notice.acknowledgeUrl(), "Acknowledge")).append(" · ");
		html.append(link(notice.resolveUrl(), "Resolve")).append(" · ");
		html.append(link(notice.openUrl(), "Open in Sharpend")).append("</p>");
		if (!notice.heldBack().isEmpty()) {
			text.append("\nAlso paging you, held back:\n");
			html.append("<p>Also paging you, held back:</p><ul>");
			for (String title : notice.heldBack()) {
				text.append("- ").append(title).append('\n');
				html.append("<li>").append(esc(title)).append("</li>");
			}
			html.append("</ul>");
		}
		return new MailMessage("[Sharpend] " + notice.headline(), text.toString(), html.toString(), null);
	}

	static String sms(PageNotice notice) {
		String tail = "\n" + SMS_REPLY + ": " + notice.acknowledgeUrl();
		String head = "Sharpend " + notice.headline();
		int room = SMS_LIMIT - 1 - tail.length();
		if (head.length() > room) {
			head = head.substring(0, Math.max(0, room - 1)) + "…";
		}
		return head + tail;
	}

	static String voice(PageNotice notice, String action) {
		String said = "Sharpend " + (notice.test() ? "test page. " : "page. ") + notice.title() + ". "
				+ ((notice.severity() != null) ? "Severity " + notice.severity() + ". " : "");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather numDigits=\"1\" timeout=\"10\" action=\""
				+ HtmlUtils.htmlEscape(action) + "\"><Say>" + HtmlUtils.htmlEscape(said)
				+ "Press 4 to acknowledge.</Say></Gather><Say>" + HtmlUtils.htmlEscape(said) + "</Say></Response>";
	}

	private static Map<String, Object> slack(PageNotice notice) {
		String text = "*" + slackText(notice.headline()) + "*\n" + slackText(facts(notice));
		List<Object> blocks = new ArrayList<>();
		blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", text)));
		blocks.add(
				Map.of("type", "actions", "elements", List.of(button("Acknowledge", notice.acknowledgeUrl(), "primary"),
						button("Resolve", notice.resolveUrl(), null), button("Open", notice.openUrl(), null))));
		if (!notice.heldBack().isEmpty()) {
			blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text",
					"Also paging you: " + slackText(String.join(", ", notice.heldBack()))))));
		}
		Map<String, Object> message = new LinkedHashMap<>();
		// The text is what notifications show, and all Mattermost shows, so it keeps the
		// links.
		message.put("text", text + "\n<" + notice.acknowledgeUrl() + "|Acknowledge> · <" + notice.resolveUrl()
				+ "|Resolve> · <" + notice.openUrl() + "|Open>");
		message.put("blocks", blocks);
		return message;
	}

	private static Map<String, Object> button(String label, String url, String style) {
		Map<String, Object> button = new LinkedHashMap<>();
		button.put("type", "button");
		button.put("text", Map.of("type", "plain_text", "text", label));
		button.put("url", url);
		if (style != null) {
			button.put("style", style);
		}
		return button;
	}

	private static Map<String, Object> teams(PageNotice notice) {
		List<Object> items = new ArrayList<>();
		items.add(Map.of("type", "TextBlock", "text", notice.headline(), "weight", "Bolder", "size", "Medium", "wrap",
				true));
		items.add(Map.of("type", "TextBlock", "text", facts(notice), "wrap", true));
		if (!notice.heldBack().isEmpty()) {
			items.add(Map.of("type", "TextBlock", "text", "Also paging you: " + String.join(", ", notice.heldBack()),
					"wrap", true, "isSubtle", true));
		}
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		card.put("body", items);
		card.put("actions", List.of(openUrl("Acknowledge", notice.acknowledgeUrl()),
				openUrl("Resolve", notice.resolveUrl()), openUrl("Open in Sharpend", notice.openUrl())));
		Map<String, Object> attachment = new LinkedHashMap<>();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.put("contentUrl", null);
		attachment.put("content", card);
		return Map.of("type", "message", "attachments", List.of(attachment));
	}

	private static Map<String, Object> openUrl(String title, String url) {
		return Map.of("type", "Action.OpenUrl", "title", title, "url", url);
	}

	/** ntfy's publish headers, kept as a map until sending; the message is the body. */
	private static Map<String, String> ntfy(PageNotice notice) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Title", notice.headline());
		headers.put("Priority", "high".equals(notice.urgency()) ? "urgent" : "default");
		headers.put("Tags", "high".equals(notice.urgency()) ? "rotating_light" : "warning");
		headers.put("Click", notice.openUrl());
		headers.put("Actions", "view, Acknowledge, " + notice.acknowledgeUrl() + ", clear=true; view, Resolve, "
				+ notice.resolveUrl() + ", clear=true");
		headers.put("message", facts(notice));
		return headers;
	}

	private static Map<String, Object> webhook(PageNotice notice) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("id", notice.page());
		page.put("test", notice.test());
		page.put("urgency", notice.urgency());
		page.put("group", notice.group());
		page.put("title", notice.title());
		page.put("rule", notice.rule());
		page.put("severity", notice.severity());
		page.put("acknowledge_url", notice.acknowledgeUrl());
		page.put("resolve_url", notice.resolveUrl());
		page.put("open_url", notice.openUrl());
		page.put("held_back", notice.heldBack());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", notice.test() ? "page.test" : "page.triggered");
		body.put("page", page);
		return body;
	}

	private static String facts(PageNotice notice) {
		return "#" + notice.group() + " · " + notice.rule()
				+ ((notice.severity() != null) ? " · severity " + notice.severity() : "") + " · " + notice.urgency()
				+ " urgency";
	}

	private static String link(String url, String label) {
		return "<a href=\"" + esc(url) + "\">" + label + "</a>";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private static String slackText(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
