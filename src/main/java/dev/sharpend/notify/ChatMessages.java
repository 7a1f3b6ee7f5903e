package dev.sharpend.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageView;

/**
 * Messages for chat incoming webhooks: Slack and Mattermost take {@code {"text": …}} with
 * their link syntax; Microsoft Teams takes a message with an Adaptive Card attachment.
 */
final class ChatMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChatMessages() {
	}

	static String notice(Channel channel, PageView view, Notice notice, NoticeUpdate update) {
		String title = "[" + view.page().name() + "] " + notice.name() + " – "
				+ MailComposer.label(update.status().code());
		return message(channel, title, update.body(), view.noticeUrl(notice));
	}

	static String component(Channel channel, PageView view, Component component, ComponentStatus from) {
		String title = "[" + view.page().name() + "] " + component.name() + " is now "
				+ component.status().label().toLowerCase();
		return message(channel, title, "It was " + from.label().toLowerCase() + ".", view.url());
	}

	private static String message(Channel channel, String title, String body, String url) {
		if (channel == Channel.TEAMS) {
			return JSON.writeValueAsString(teams(title, body, url));
		}
		String text = "*" + slack(title) + "*\n" + slack(body) + "\n<" + url + "|View the status page>";
		return JSON.writeValueAsString(Map.of("text", text));
	}

	private static Map<String, Object> teams(String title, String body, String url) {
		List<Object> items = new ArrayList<>();
		items.add(Map.of("type", "TextBlock", "text", title, "weight", "Bolder", "size", "Medium", "wrap", true));
		items.add(Map.of("type", "TextBlock", "text", body, "wrap", true));
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		card.put("body", items);
		card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", "View the status page", "url", url)));
		Map<String, Object> attachment = new LinkedHashMap<>();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.put("contentUrl", null);
		attachment.put("content", card);
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", "message");
		message.put("attachments", List.of(attachment));
		return message;
	}

	/** Escapes the three characters Slack's message format reserves. */
	private static String slack(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
