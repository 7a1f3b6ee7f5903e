package dev.sharpend.oncall;

import dev.sharpend.notify.Channel;
import dev.sharpend.system.WireCode;

/** How a contact method reaches its person. */
public enum ContactKind implements WireCode {

	/** An e-mail address. */
	EMAIL("email", "e-mail", Channel.EMAIL),

	/** A URL receiving signed JSON. */
	WEBHOOK("webhook", "webhook", Channel.WEBHOOK),

	/** A Slack incoming-webhook URL. */
	SLACK("slack", "Slack", Channel.SLACK),

	/** A Mattermost incoming-webhook URL. */
	MATTERMOST("mattermost", "Mattermost", Channel.MATTERMOST),

	/** A Microsoft Teams incoming-webhook or workflow URL. */
	TEAMS("teams", "Teams", Channel.TEAMS),

	/** An ntfy topic URL the person's phone subscribes to. */
	NTFY("ntfy", "ntfy", Channel.NTFY),

	/** A mobile number sent text messages through Twilio. */
	SMS("sms", "SMS", Channel.SMS),

	/** A phone number called through Twilio. */
	VOICE("voice", "voice call", Channel.VOICE);

	private final String code;

	private final String label;

	private final Channel channel;

	ContactKind(String code, String label, Channel channel) {
		this.code = code;
		this.label = label;
		this.channel = channel;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** How pages name it, such as {@code SMS}. */
	public String label() {
		return this.label;
	}

	Channel channel() {
		return this.channel;
	}

	/** Whether the address is a phone number (and a Twilio account is needed). */
	public boolean phone() {
		return this == SMS || this == VOICE;
	}

	/** Whether the address is a URL that is a credential, kept sealed. */
	boolean sealedUrl() {
		return this == SLACK || this == MATTERMOST || this == TEAMS || this == NTFY;
	}

}
