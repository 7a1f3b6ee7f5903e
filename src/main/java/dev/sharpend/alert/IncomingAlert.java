package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One alert as a source delivered it, mapped into Sharpend's model by the source's
 * adapter.
 *
 * @param fingerprint the source's fingerprint, or null to derive one from the labels
 * @param status firing or resolved
 * @param labels identifying labels
 * @param annotations descriptive annotations
 * @param startsAt when the condition began
 * @param endsAt when it ended, or null
 * @param sourceUrl a link back to the source, or null
 * @param raw the alert as received (bounded), for the record
 */
record IncomingAlert(String fingerprint, AlertStatus status, Map<String, String> labels,
		Map<String, String> annotations, Instant startsAt, Instant endsAt, String sourceUrl, String raw) {

	static final int MAX_RAW = 16_000;

	/** The source's fingerprint, or a stable hash of the sorted labels. */
	public String effectiveFingerprint() {
		if (this.fingerprint != null && !this.fingerprint.isBlank()) {
			return this.fingerprint.strip();
		}
		return shortHash(new TreeMap<>(this.labels).entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\u0000")));
	}

	/**
	 * 128 bits of SHA-256 of everything a re-sent alert may change: status, labels,
	 * annotations, start and end. Equal hashes mean an unchanged alert.
	 */
	String contentHash() {
		// computed for every alert of every delivery: one reused buffer, and times as
		// numbers rather than formatted text
		StringBuilder text = HASH_TEXT.get();
		text.setLength(0);
		text.append(this.status.code()).append('\u0000');
		append(text, this.labels);
		append(text, this.annotations);
		append(text, this.startsAt);
		append(text, this.endsAt);
		return hash(text.toString(), 16);
	}

	private static final ThreadLocal<StringBuilder> HASH_TEXT = ThreadLocal.withInitial(() -> new StringBuilder(512));

	private static void append(StringBuilder text, Map<String, String> map) {
		// sources send labels sorted (Alertmanager does), so sorting is rarely needed
		(sorted(map) ? map : new TreeMap<>(map)).forEach((k, v) -> {
			String value = String.valueOf(v);
			text.append(k.length()).append(':').append(k).append(value.length()).append(':').append(value);
		});
		text.append('\u0001');
	}

	private static void append(StringBuilder text, Instant time) {
		if (time != null) {
			text.append(time.getEpochSecond()).append('.').append(time.getNano());
		}
		text.append('\u0000');
	}

	private static boolean sorted(Map<String, String> map) {
		String previous = null;
		for (String key : map.keySet()) {
			if (previous != null && previous.compareTo(key) >= 0) {
				return false;
			}
			previous = key;
		}
		return true;
	}

	/** 64 bits of SHA-256 in hex: a derived fingerprint. */
	static String shortHash(String text) {
		return hash(text, 8);
	}

	private static String hash(String text, int bytes) {
		byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, bytes);
	}

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	/**
	 * The alert rule: the values of the integration's rule labels, such as
	 * {@code alertname=X,job=Y}.
	 */
	public String ruleKey(List<String> ruleLabels) {
		return ruleLabels.stream()
			.map((label) -> label + "=" + this.labels.getOrDefault(label, ""))
			.collect(Collectors.joining(","));
	}

	public String title() {
		String summary = this.annotations.get("summary");
		if (summary != null && !summary.isBlank()) {
			return truncate(summary, 500);
		}
		return truncate(this.labels.getOrDefault("alertname", "Alert " + effectiveFingerprint()), 500);
	}

	public String severity() {
		return this.labels.get("severity");
	}

	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		// never keep half of a surrogate pair: it is not a character any database stores
		int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
		return text.substring(0, end) + "…";
	}

}
