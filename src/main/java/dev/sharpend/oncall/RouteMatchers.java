package dev.sharpend.oncall;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.RequestRejected;

/**
 * A route's label matchers: {@code name=value} or {@code name!=value}, joined by commas,
 * all of which must hold. Reading and checking share one parser so that what was accepted
 * when saved is exactly what decides at intake.
 */
final class RouteMatchers {

	static final int MAX_LENGTH = 1000;

	private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

	private static final String EXAMPLE = "such as severity=critical,env!=staging";

	private RouteMatchers() {
	}

	/** One condition: the label equals (or, negated, differs from) the value. */
	record Matcher(String name, boolean negated, String value) {

		boolean holds(Map<String, String> labels) {
			return labels.getOrDefault(this.name, "").equals(this.value) != this.negated;
		}

		@Override
		public String toString() {
			return this.name + (this.negated ? "!=" : "=") + this.value;
		}

	}

	/**
	 * The matchers in their stored form ({@code a=b,c!=d}, no spaces), empty for none.
	 * @throws RequestRejected naming {@code field} on anything that is not a matcher
	 */
	static String normalize(String field, @Nullable String text) {
		List<String> parts = new ArrayList<>();
		for (String part : ((text != null) ? text : "").split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = parse(part);
			if (matcher == null) {
				throw RequestRejected.invalid(field, "Could not read \"" + part.strip()
						+ "\": write matchers as name=value or name!=value, separated by commas, " + EXAMPLE + ".");
			}
			if (!LABEL.matcher(matcher.name()).matches()) {
				throw RequestRejected.invalid(field, "\"" + matcher.name()
						+ "\" is not a label name: use letters, digits and underscores, not starting with a digit.");
			}
			if (matcher.value().startsWith("~")) {
				throw RequestRejected.invalid(field, "Routes compare whole values with = or !=; regular expressions ("
						+ matcher.name() + "=" + matcher.value() + ") are not supported.");
			}
			parts.add(matcher.toString());
		}
		String normalized = String.join(",", parts);
		if (normalized.length() > MAX_LENGTH) {
			throw RequestRejected.invalid(field, "Matchers take at most " + MAX_LENGTH + " characters.");
		}
		return normalized;
	}

	/**
	 * Whether every matcher holds; a missing label has the empty value, as in
	 * Alertmanager. A matcher that cannot be read never holds.
	 */
	static boolean matches(String matchers, Map<String, String> labels) {
		for (String part : matchers.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = parse(part);
			if (matcher == null || !matcher.holds(labels)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The matcher split at its first {@code =}, or null when it has no name before it.
	 */
	private static @Nullable Matcher parse(String part) {
		int at = part.indexOf('=');
		if (at <= 0) {
			return null;
		}
		boolean negated = part.charAt(at - 1) == '!';
		String name = part.substring(0, negated ? at - 1 : at).strip();
		if (name.isEmpty()) {
			return null;
		}
		return new Matcher(name, negated, unquoted(part.substring(at + 1).strip()));
	}

	// People used to Alertmanager write severity="critical".
	private static String unquoted(String value) {
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
