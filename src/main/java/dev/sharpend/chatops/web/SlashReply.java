package dev.sharpend.chatops.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.sharpend.chatops.ChatReply;

/** The reply in the field names Slack and Mattermost read. */
final class SlashReply {

	private SlashReply() {
	}

	static Map<String, String> of(ChatReply reply) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("response_type", reply.responseType());
		body.put("text", reply.text());
		return body;
	}

}
