package dev.sharpend.chatops;

import dev.sharpend.system.WireCode;

/** How a chat integration proves that a slash command came from it. */
public enum ChatKind implements WireCode {

	/**
	 * Slack: each post is signed ({@code X-Slack-Signature}) with the app's signing
	 * secret.
	 */
	SLACK,

	/** Mattermost: each post carries the slash command's token. */
	MATTERMOST;

	@Override
	public String code() {
		return name().toLowerCase();
	}

}
