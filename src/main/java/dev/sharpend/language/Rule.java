package dev.sharpend.language;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wording the review looks for. The flagged stretch is the pattern's group {@code f}
 * when it has one, the whole match otherwise.
 *
 * @param id stable name of the rule, shown with each finding (such as
 * {@code hindsight.just})
 * @param shape what the rule matched, in words, shown with each finding so that a person
 * can see why it fired
 * @param category what kind of wording it is
 * @param pattern what to look for, in lower case
 * @param triggers words of which every match contains at least one; a sentence without
 * any of them is not searched (empty: every sentence is)
 * @param negatable whether a negation just before it ("not a root cause") turns it into
 * the opposite statement, which is no finding
 * @param veto context in which a match means something else ("just in time")
 * @param explanation why the wording hurts a blameless review
 * @param suggestion what to write or ask instead
 */
record Rule(String id, String shape, LanguageCategory category, Pattern pattern, Set<String> triggers,
		boolean negatable, Veto veto, String explanation, String suggestion) {

	/**
	 * Patterns run on the lower-cased text (written in lower case), which is several
	 * times faster than case-insensitive matching.
	 */
	static final int FLAGS = Pattern.MULTILINE;

	static Rule of(LanguageCategory category, String regex, String explanation, String suggestion) {
		return new Rule(category.wireName(), category.wireName() + " wording", category, Pattern.compile(regex, FLAGS),
				Set.of(), false, Veto.NONE, explanation, suggestion);
	}

	/** This rule under a stable name, with what it matches said in words. */
	Rule as(String id, String shape) {
		return new Rule(id, shape, this.category, this.pattern, this.triggers, this.negatable, this.veto,
				this.explanation, this.suggestion);
	}

	/** This rule, searched only in sentences containing one of these words. */
	Rule when(String... words) {
		return new Rule(this.id, this.shape, this.category, this.pattern, Set.copyOf(Arrays.asList(words)),
				this.negatable, this.veto, this.explanation, this.suggestion);
	}

	Rule unlessNegated() {
		return new Rule(this.id, this.shape, this.category, this.pattern, this.triggers, true, this.veto,
				this.explanation, this.suggestion);
	}

	Rule unless(Veto veto) {
		Veto combined = (this.veto == Veto.NONE) ? veto
				: (text, start, end) -> this.veto.applies(text, start, end) || veto.applies(text, start, end);
		return new Rule(this.id, this.shape, this.category, this.pattern, this.triggers, this.negatable, combined,
				this.explanation, this.suggestion);
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
