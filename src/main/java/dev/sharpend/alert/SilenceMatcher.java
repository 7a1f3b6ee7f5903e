package dev.sharpend.alert;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import dev.sharpend.system.RequestRejected;

/**
 * One condition of a silence, as Alertmanager writes them: a label equal (or not) to a
 * value, or matching (or not) a regular expression over the whole value.
 * <p>
 * Expressions follow Alertmanager's RE2 semantics (anchored at both ends, no
 * backreferences or lookaround) and match in time linear in the value, because every
 * firing alert of every integration is checked against them on the one intake writer
 * thread. The expression is compiled once, when the matcher is made.
 */
public final class SilenceMatcher {

	private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

	private final String name;

	private final String value;

	private final boolean isRegex;

	private final boolean isEqual;

	private final Pattern pattern;

	/**
	 * A matcher as a person gives it; refused when the label or value is unusable.
	 * @param name the label
	 * @param value the value or expression
	 * @param isRegex whether the value is a regular expression
	 * @param isEqual whether the label must match (true) or must not (false)
	 */
	@JsonCreator
	public SilenceMatcher(@JsonProperty("name") String name, @JsonProperty("value") String value,
			@JsonProperty("isRegex") boolean isRegex, @JsonProperty("isEqual") boolean isEqual) {
		if (name == null || !LABEL.matcher(name).matches()) {
			throw RequestRejected.invalid("matchers", "\"" + name + "\" is not a label name.");
		}
		if (value == null || value.length() > 500) {
			throw RequestRejected.invalid("matchers", "Give each matcher a value of at most 500 characters.");
		}
		this.name = name;
		this.value = value;
		this.isRegex = isRegex;
		this.isEqual = isEqual;
		this.pattern = isRegex ? compile(value) : null;
	}

	private SilenceMatcher(String name, String value, boolean isRegex, boolean isEqual, Pattern pattern) {
		this.name = name;
		this.value = value;
		this.isRegex = isRegex;
		this.isEqual = isEqual;
		this.pattern = pattern;
	}

	/**
	 * A matcher read back from storage. A stored expression RE2 refuses (saved before
	 * expressions were limited to RE2) matches nothing, so its silence holds nothing back
	 * rather than stopping intake.
	 */
	static SilenceMatcher stored(String name, String value, boolean isRegex, boolean isEqual) {
		if (!isRegex) {
			return new SilenceMatcher(name, value, false, isEqual, null);
		}
		try {
			return new SilenceMatcher(name, value, true, isEqual, Pattern.compile(value));
		}
		catch (PatternSyntaxException ex) {
			return new SilenceMatcher(name, value, true, isEqual, null);
		}
	}

	private static Pattern compile(String value) {
		try {
			return Pattern.compile(value);
		}
		catch (PatternSyntaxException ex) {
			throw RequestRejected.invalid("matchers", "\"" + value
					+ "\" is not a valid regular expression for a silence (RE2 syntax, as in Alertmanager: no backreferences or lookaround): "
					+ ex.getDescription() + ".");
		}
	}

	@JsonProperty("name")
	public String name() {
		return this.name;
	}

	@JsonProperty("value")
	public String value() {
		return this.value;
	}

	@JsonProperty("isRegex")
	public boolean isRegex() {
		return this.isRegex;
	}

	@JsonProperty("isEqual")
	public boolean isEqual() {
		return this.isEqual;
	}

	boolean matches(Map<String, String> labels) {
		String actual = labels.getOrDefault(this.name, "");
		if (this.isRegex && this.pattern == null) {
			return false;
		}
		boolean hit = (this.pattern != null) ? this.pattern.matches(actual) : this.value.equals(actual);
		return hit == this.isEqual;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SilenceMatcher that && this.name.equals(that.name) && this.value.equals(that.value)
				&& this.isRegex == that.isRegex && this.isEqual == that.isEqual;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.value, this.isRegex, this.isEqual);
	}

	@Override
	public String toString() {
		return "SilenceMatcher[name=" + this.name + ", value=" + this.value + ", isRegex=" + this.isRegex + ", isEqual="
				+ this.isEqual + "]";
	}

}
