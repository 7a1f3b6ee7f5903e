package dev.sharpend.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wording the review looks for. The flagged stretch is the pattern's group {@code f}
 * when it has one, the whole match otherwise.
 *
 * @param category what kind of wording it is
 * @param pattern what to look for, in lower case
 * @param negatable whether a negation just before it ("not a root cause") turns it into
 * the opposite statement, which is no finding
 * @param veto context in which a match means something else ("just in time")
 * @param explanation why the wording hurts a blameless review
 * @param suggestion what to write or ask instead
 */
record Rule(LanguageCategory category, Pattern pattern, boolean negatable, Veto veto, String explanation,
		String suggestion) {

	/**
	 * Patterns run on the lower-cased text (written in lower case), which is several
	 * times faster than case-insensitive matching.
	 */
	static final int FLAGS = Pattern.MULTILINE;

	static Rule of(LanguageCategory category, String regex, String explanation, String suggestion) {
		return new Rule(category, Pattern.compile(regex, FLAGS), false, Veto.NONE, explanation, suggestion);
	}

	Rule unlessNegated() {
		return new Rule(this.category, this.pattern, true, this.veto, this.explanation, this.suggestion);
	}

	Rule unless(Veto veto) {
		return new Rule(this.category, this.pattern, this.negatable, veto, this.explanation, this.suggestion);
	}

	/** Where the flagged stretch of a match starts. */
	int start(Matcher matcher) {
		return focused(matcher) ? matcher.start("f") : matcher.start();
	}

	int end(Matcher matcher) {
		return focused(matcher) ? matcher.end("f") : matcher.end();
	}

	private boolean focused(Matcher matcher) {
		return this.pattern.pattern().contains("(?<f>") && matcher.start("f") >= 0;
	}

	/** Context in which a match does not mean what the rule looks for. */
	@FunctionalInterface
	interface Veto {

		Veto NONE = (text, start, end) -> false;

		boolean applies(String text, int start, int end);

	}

}
