package dev.sharpend.notify;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.secret.Secrets;

import org.springframework.stereotype.Component;

/**
 * Publishes to an ntfy topic: the message is the body, and the title, priority, tags,
 * click target and action buttons go in ntfy's headers.
 */
@Component
class NtfyDelivery implements DeliverySender {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SafeHttp http;

	private final Secrets secrets;

	NtfyDelivery(SafeHttp http, Secrets secrets) {
		this.http = http;
		this.secrets = secrets;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.NTFY);
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailed {
		if (delivery.secret() == null) {
			throw new DeliveryFailed("The ntfy topic URL is missing.");
		}
		String url;
		try {
			url = this.secrets.open(delivery.secret());
		}
		catch (NoSuchElementException ex) {
			throw new DeliveryFailed("The contact method was removed.");
		}
		Map<String, String> headers = new LinkedHashMap<>(
				JSON.readValue(delivery.payload(), new TypeReference<Map<String, String>>() {
				}));
		String message = headers.remove("message");
		// Header values are ISO-8859-1 on the wire; ntfy decodes RFC 2047 for anything
		// else.
		headers.replaceAll((name, value) -> header(value));
		this.http.post(url, "text/plain; charset=utf-8",
				((message != null) ? message : "").getBytes(StandardCharsets.UTF_8), headers);
	}

	private static String header(String value) {
		boolean ascii = value.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
		if (ascii) {
			return value;
		}
		return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
				+ "?=";
	}

}
