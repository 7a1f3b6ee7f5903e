package dev.sharpend.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for notifications.
 *
 * @param maxAttempts attempts before a delivery is marked dead
 * @param retryBase wait after the first failure; doubled after each further one
 * @param retryMax longest wait between attempts
 * @param httpTimeout connect and response timeout for webhooks and chat
 * @param senders deliveries sent at the same time by one node
 * @param subscribeLimit subscribe-form submissions per client address and hour
 * @param smtp the SMTP server, unless an administrator saved other settings
 * @param allowPrivateTargets whether webhooks and chat messages may go to private,
 * loopback and link-local addresses (default false)
 * @param twilio the Twilio account pages are sent by SMS and voice through
 */
@ConfigurationProperties("sharpend.notify")
public record NotifyProperties(Integer maxAttempts, Duration retryBase, Duration retryMax, Duration httpTimeout,
		Integer senders, Integer subscribeLimit, Smtp smtp, boolean allowPrivateTargets, Twilio twilio) {

	public NotifyProperties {
		maxAttempts = (maxAttempts != null && maxAttempts > 0) ? maxAttempts : 8;
		retryBase = (retryBase != null) ? retryBase : Duration.ofSeconds(30);
		retryMax = (retryMax != null) ? retryMax : Duration.ofHours(1);
		httpTimeout = (httpTimeout != null) ? httpTimeout : Duration.ofSeconds(10);
		senders = (senders != null && senders > 0) ? senders : 4;
		subscribeLimit = (subscribeLimit != null && subscribeLimit > 0) ? subscribeLimit : 10;
		smtp = (smtp != null) ? smtp : new Smtp(null, null, null, null, null, null);
		twilio = (twilio != null) ? twilio : new Twilio(null, null, null, null);
	}

	/**
	 * SMTP settings from the environment.
	 *
	 * @param host server name; empty disables e-mail unless set in the admin page
	 * @param port server port (default 587)
	 * @param username user name, or empty for none
	 * @param password password, or empty
	 * @param from sender address
	 * @param starttls whether to require STARTTLS (default true)
	 */
	public record Smtp(String host, Integer port, String username, String password, String from, Boolean starttls) {
	}

	/**
	 * A Twilio (or Twilio-compatible) account for SMS and voice pages.
	 *
	 * @param accountSid the account SID; empty disables SMS and voice
	 * @param authToken the auth token, which also signs Twilio's requests to Sharpend
	 * @param from the sending phone number in E.164 form
	 * @param apiBase the API's base URL (default {@code https://api.twilio.com})
	 */
	public record Twilio(String accountSid, String authToken, String from, String apiBase) {

		public Twilio {
			accountSid = (accountSid != null) ? accountSid.strip() : "";
			authToken = (authToken != null) ? authToken.strip() : "";
			from = (from != null) ? from.strip() : "";
			apiBase = (apiBase != null && !apiBase.isBlank()) ? apiBase.strip().replaceAll("/+$", "")
					: "https://api.twilio.com";
		}

		/** Whether SMS and voice can be sent. */
		public boolean configured() {
			return !this.accountSid.isEmpty() && !this.authToken.isEmpty() && !this.from.isEmpty();
		}

	}

}
