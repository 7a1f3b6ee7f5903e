package dev.sharpend.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature a webhook receiver checks. */
final class Hmac {

	private Hmac() {
	}

	/**
	 * The {@code X-Sharpend-Signature} value: {@code sha256=} and the hex HMAC-SHA256,
	 * keyed with the subscriber's secret, of the timestamp, a dot and the raw body.
	 */
	static String signature(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The headers of a signed webhook: the event, the delivery id (the same on every
	 * retry, for receivers to drop duplicates), the timestamp and the signature.
	 */
	static Map<String, String> headers(Delivery delivery, String secret, long timestamp, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Sharpend-Event", delivery.event());
		headers.put("X-Sharpend-Delivery", delivery.id());
		headers.put("X-Sharpend-Timestamp", Long.toString(timestamp));
		headers.put("X-Sharpend-Signature", signature(secret, timestamp, body));
		return headers;
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
