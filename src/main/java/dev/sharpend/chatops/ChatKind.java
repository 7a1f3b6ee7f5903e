package dev.sharpend.chatops;

import java.util.Arrays;
import java.util.Optional;

/** How a chat integration proves that a slash command came from it. */
public enum ChatKind {

	/**
	 * Slack: each post is signed ({@code X-Slack-Signature}) with the app's signing
	 * secret.
	 */
	SLACK,

	/** Mattermost: each post carries the slash command's token. */
	MATTERMOST;

	public String code() {
		return name().toLowerCase();
	}

	public static Optional<ChatKind> fromCode(String code) {
		return Arrays.stream(values()).filter((k) -> k.code().equals(code)).findFirst();
	}

}
