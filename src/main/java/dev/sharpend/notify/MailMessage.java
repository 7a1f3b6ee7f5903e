package dev.sharpend.notify;

import tools.jackson.databind.json.JsonMapper;

/**
 * An e-mail as stored in the outbox.
 *
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 * @param unsubscribe the one-click unsubscribe URL, or null (confirmation mails)
 */
record MailMessage(String subject, String text, String html, String unsubscribe) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static MailMessage fromJson(String json) {
		return JSON.readValue(json, MailMessage.class);
	}

}
