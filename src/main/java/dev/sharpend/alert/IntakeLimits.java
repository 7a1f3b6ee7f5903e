package dev.sharpend.alert;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the alert tables can hold of one alert, checked before a delivery joins a
 * group-commit batch so that a value the database would refuse is answered 400 at once
 * and never fails the deliveries it would have shared a transaction with. Values that
 * make up an alert's identity (fingerprint, labels, the alert rule and group keys made of
 * labels) and what it says (annotations) are refused when too long, never cut: a cut
 * value would merge distinct alerts or change what they say. Copies kept for display or
 * the record (title, source link, raw payload) are cut where they are made.
 */
final class IntakeLimits {

	static final int FINGERPRINT = 255;

	static final int SEVERITY = 40;

	static final int RULE_KEY = 500;

	static final int GROUP_KEY = 1000;

	static final int LABELS = 8000;

	static final int ANNOTATIONS = 16_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IntakeLimits() {
	}

	/**
	 * The first value of these alerts that is too long to store, or null when all fit.
	 * @param fingerprints the alerts' effective fingerprints, in the same order
	 */
	static Exceeded check(Integration integration, List<IncomingAlert> alerts, List<String> fingerprints) {
		for (int i = 0; i < alerts.size(); i++) {
			Exceeded exceeded = check(integration, alerts.get(i), fingerprints.get(i), i);
			if (exceeded != null) {
				return exceeded;
			}
		}
		return null;
	}

	private static Exceeded check(Integration integration, IncomingAlert alert, String fingerprint, int index) {
		Exceeded exceeded = fingerprint(index, fingerprint);
		if (exceeded != null) {
			return exceeded;
		}
		Map<String, String> labels = alert.labels();
		String severity = labels.get("severity");
		if (severity != null && severity.length() > SEVERITY) {
			return new Exceeded(index, "labels.severity",
					"a severity has at most " + SEVERITY + " characters; this one has " + severity.length());
		}
		exceeded = key(index, labels, integration.ruleLabels(), "the alert rule", RULE_KEY);
		if (exceeded == null) {
			exceeded = key(index, labels, integration.groupBy(), "the group key", GROUP_KEY);
		}
		if (exceeded == null) {
			exceeded = json(index, labels, "labels", LABELS);
		}
		if (exceeded == null) {
			exceeded = json(index, alert.annotations(), "annotations", ANNOTATIONS);
		}
		return exceeded;
	}

	/**
	 * How a fingerprint cannot be stored, or null when it can. It is looked up before the
	 * batch is written (to skip unchanged re-sends), where PostgreSQL refuses a NUL.
	 */
	static Exceeded fingerprint(int index, String fingerprint) {
		int control = dev.sharpend.system.ControlCharacters.find(fingerprint);
		if (control >= 0) {
			return new Exceeded(index, "fingerprint",
					"a fingerprint may not hold the control character "
							+ dev.sharpend.system.ControlCharacters.codePoint(fingerprint.charAt(control)),
					"cannot be stored");
		}
		if (fingerprint.length() <= FINGERPRINT) {
			return null;
		}
		return new Exceeded(index, "fingerprint",
				"a fingerprint has at most " + FINGERPRINT + " characters; this one has " + fingerprint.length());
	}

	/**
	 * A key stored as {@code name=value,name=value} for the given labels, measured
	 * without building it.
	 */
	private static Exceeded key(int index, Map<String, String> labels, List<String> names, String what, int limit) {
		int length = Math.max(0, names.size() - 1);
		String longest = null;
		int longestLength = -1;
		for (String name : names) {
			int value = labels.getOrDefault(name, "").length();
			length += name.length() + 1 + value;
			if (value > longestLength) {
				longest = name;
				longestLength = value;
			}
		}
		if (length <= limit) {
			return null;
		}
		return new Exceeded(index, "labels." + longest, what + " (made of the labels " + String.join(", ", names)
				+ ") takes at most " + limit + " characters; this one takes " + length);
	}

	/**
	 * Labels and annotations are stored as JSON objects. Escaping makes a character at
	 * most six, so only a map that could exceed the limit is written out to measure it.
	 */
	private static Exceeded json(int index, Map<String, String> values, String name, int limit) {
		long bound = 2;
		for (Map.Entry<String, String> entry : values.entrySet()) {
			bound += 6L * (entry.getKey().length() + String.valueOf(entry.getValue()).length() + 1);
		}
		if (bound <= limit) {
			return null;
		}
		int length = JSON.writeValueAsString(values).length();
		if (length <= limit) {
			return null;
		}
		String longest = values.entrySet()
			.stream()
			.max(java.util.Comparator.comparingInt((e) -> e.getKey().length() + String.valueOf(e.getValue()).length()))
			.map(Map.Entry::getKey)
			.orElse("");
		return new Exceeded(index, name + "." + longest, "an alert's " + name + " take at most " + limit
				+ " characters in all, written as JSON; these take " + length);
	}

	/**
	 * Whether the database refused a statement because of the values it was given
	 * (SQLState class 22, data exception: too long, bad encoding such as a NUL character
	 * in PostgreSQL text). Sending the same values again would fail the same way.
	 */
	static boolean refusedData(Throwable failure) {
		return dataException(failure) != null;
	}

	/** The data exception that caused this failure, or null. */
	static SQLException dataException(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && dataException(sql)) {
				// a batch's own message is its statement; the next exception says why
				SQLException next = sql.getNextException();
				return (next != null && dataException(next)) ? next : sql;
			}
		}
		return null;
	}

	private static boolean dataException(SQLException sql) {
		return sql.getSQLState() != null && sql.getSQLState().startsWith("22");
	}

	/**
	 * A value too long to store.
	 *
	 * @param index the alert's position in its delivery
	 * @param field the field within the alert, such as {@code labels.instance}
	 * @param reason the limit and how far the value exceeds it
	 */
	record Exceeded(int index, String field, String reason, String problem) {

		Exceeded(int index, String field, String reason) {
			this(index, field, reason, "is too long");
		}

		/** Where the value is in an Alertmanager-shaped delivery. */
		String path() {
			return "alerts[" + this.index + "]." + this.field;
		}

		/** What to tell the sender, naming the value as {@code shownAs}. */
		String message(String shownAs) {
			return shownAs + " " + this.problem + ": " + this.reason + ". Nothing of the delivery was stored.";
		}

	}

}
