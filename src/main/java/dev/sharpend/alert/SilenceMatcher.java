package dev.sharpend.alert;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.sharpend.system.RequestRejected;

/**
 * One condition of a silence, as Alertmanager writes them: a label equal (or not) to a
 * value, or matching (or not) a regular expression over the whole value.
 *
 * @param name the label
 * @param value the value or expression
 * @param isRegex whether the value is a regular expression
 * @param isEqual whether the label must match (true) or must not (false)
 */
public record SilenceMatcher(String name, String value, @JsonProperty("isRegex") boolean isRegex,
		@JsonProperty("isEqual") boolean isEqual) {

	private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

	public SilenceMatcher {
		if (name == null || !LABEL.matcher(name).matches()) {
			throw RequestRejected.invalid("matchers", "\"" + name + "\" is not a label name.");
		}
		if (value == null || value.length() > 500) {
			throw RequestRejected.invalid("matchers", "Give each matcher a value of at most 500 characters.");
		}
		if (isRegex) {
			try {
				Pattern.compile(value);
			}
			catch (PatternSyntaxException ex) {
				throw RequestRejected.invalid("matchers",
						"\"" + value + "\" is not a valid regular expression: " + ex.getDescription() + ".");
			}
		}
	}

	boolean matches(Map<String, String> labels) {
		String actual = labels.getOrDefault(this.name, "");
		boolean hit = this.isRegex ? Pattern.compile(this.value).matcher(actual).matches() : this.value.equals(actual);
		return hit == this.isEqual;
	}

}
