package dev.sharpend.chatops;

/**
 * What a slash command answers, in the Slack and Mattermost response shape.
 *
 * @param responseType {@code in_channel} when everyone in the channel should see it
 * (changes), {@code ephemeral} when only the caller should (status, help, refusals)
 * @param text the message, in the chat's simple Markdown
 */
public record ChatReply(String responseType, String text) {

	static ChatReply toChannel(String text) {
		return new ChatReply("in_channel", text);
	}

	static ChatReply toCaller(String text) {
		return new ChatReply("ephemeral", text);
	}

}
