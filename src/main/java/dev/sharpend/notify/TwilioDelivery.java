package dev.sharpend.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Sends text messages and places calls through Twilio's REST API (or a compatible one): a
 * form-encoded POST to the account's {@code Messages.json} or {@code Calls.json},
 * authenticated with the account SID and auth token.
 */
@Component
class TwilioDelivery implements DeliverySender {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SafeHttp http;

	private final TwilioConfiguration twilio;

	TwilioDelivery(SafeHttp http, TwilioConfiguration twilio) {
		this.http = http;
		this.twilio = twilio;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.SMS, Channel.VOICE);
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailed {
		NotifyProperties.Twilio twilio = this.twilio.current();
		if (!twilio.configured()) {
			throw new DeliveryFailed("No Twilio account is configured (Settings › Twilio, or SHARPEND_TWILIO_*).");
		}
		Map<String, String> payload = JSON.readValue(delivery.payload(), new TypeReference<Map<String, String>>() {
		});
		boolean sms = delivery.channel() == Channel.SMS;
		String form = "To=" + encode(delivery.target()) + "&From=" + encode(twilio.from())
				+ (sms ? "&Body=" + encode(payload.get("body")) : "&Twiml=" + encode(payload.get("twiml")));
		String url = twilio.apiBase() + "/2010-04-01/Accounts/" + encode(twilio.accountSid())
				+ (sms ? "/Messages.json" : "/Calls.json");
		String basic = Base64.getEncoder()
			.encodeToString((twilio.accountSid() + ":" + twilio.authToken()).getBytes(StandardCharsets.UTF_8));
		this.http.post(url, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8),
				Map.of("Authorization", "Basic " + basic));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
