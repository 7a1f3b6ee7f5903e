package dev.sharpend.notify;

import java.util.Arrays;
import java.util.Optional;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** How a subscriber, a webhook or a paged person is told. */
@NamedInterface("api")
public enum Channel implements WireCode {

	/** An e-mail address that confirmed its subscription. */
	EMAIL("email"),

	/** A URL receiving signed JSON like the hosted product's subscriber webhooks. */
	WEBHOOK("webhook"),

	/** A Slack incoming-webhook URL. */
	SLACK("slack"),

	/** A Mattermost incoming-webhook URL (Slack-compatible). */
	MATTERMOST("mattermost"),

	/** A Microsoft Teams incoming-webhook or workflow URL, sent an Adaptive Card. */
	TEAMS("teams"),

	/**
	 * An outbound webhook told about incident and alert group events; not a status page
	 * subscriber.
	 */
	ENDPOINT("endpoint"),

	/** An ntfy topic URL a person subscribes to on their phone; a person's page only. */
	NTFY("ntfy"),

	/** A text message through the configured Twilio account; a person's page only. */
	SMS("sms"),

	/** A phone call through the configured Twilio account; a person's page only. */
	VOICE("voice");

	private final String code;

	Channel(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** Whether messages go out as an HTTP POST to the target URL. */
	public boolean http() {
		return this != EMAIL && this != SMS && this != VOICE;
	}

	/** A status page subscriber's channel by its code. */
	public static Optional<Channel> fromCode(String code) {
		return Arrays.stream(values())
			.filter((c) -> c.ordinal() <= TEAMS.ordinal())
			.filter((c) -> c.code.equalsIgnoreCase(String.valueOf(code)))
			.findFirst();
	}

}
