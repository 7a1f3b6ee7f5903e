package dev.sharpend.chatops;

import java.util.Map;

/**
 * A slash command post as received, for verification.
 *
 * @param body the raw form body, as signed
 * @param fields its decoded fields
 * @param slackSignature the {@code X-Slack-Signature} header, or null
 * @param slackTimestamp the {@code X-Slack-Request-Timestamp} header, or null
 * @param authorization the {@code Authorization} header, or null
 */
public record ChatPost(byte[] body, Map<String, String> fields, String slackSignature, String slackTimestamp,
		String authorization) {

	public String field(String name) {
		return this.fields.get(name);
	}

}
