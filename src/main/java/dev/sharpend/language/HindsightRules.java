package dev.sharpend.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.sharpend.language.LanguageCategory.HINDSIGHT;

/** Wording that makes what we know now look as if it was plain then: obviously, just. */
final class HindsightRules {

	private static final String EXPLANATION = "Hindsight wording presents what we know now as if it was plain at "
			+ "the time. It hides the uncertainty people were actually working in, which is what the review needs "
			+ "to understand.";

	/** "Clearly" describing how something was shown or said, not how obvious it was. */
	private static final Pattern CLEARLY_MANNER = Pattern.compile("^\\s*(?:labell?ed|marked|visible|named|separated"
			+ "|defined|structured|formatted|audible|legible|readable|signposted|written|worded|laid\\s+out"
			+ "|distinguishable|identified|scoped)\\b");

	private static final Set<String> CLEARLY_BEFORE = Set.of("more", "most", "less", "least", "as", "so", "very",
			"communicate", "communicated", "communicates", "explain", "explained", "explains", "write", "speak",
			"spoke", "see", "saw", "hear", "think", "label", "labelled", "labeled", "mark", "marked", "describe",
			"described", "document", "documented", "state", "states", "stated", "show", "shown", "showed");

	/** "Just" meaning recently or exactly, which is not minimizing. */
	private static final Pattern JUST_TEMPORAL = Pattern.compile("^(?:-|\\s+(?:in\\s+time|in\\s+case|before|after"
			+ "|as|now|then|about|under|over|below|above|when|once|enough|like|been|past|beyond|around|right|so"
			+ "|barely|and|or|hours?|minutes?|seconds?|days?|weeks?|moments?|the\\s+(?:beginning|start|end)|\\w+(?<!need)ed\\b"
			+ "|begun|done|gone|seen|left|happened|started)\\b)");

	/** Words before "just" that make it mean recently or barely. */
	private static final Set<String> PERFECT = Set.of("not", "only", "had", "has", "have", "'d", "’d", "'ve", "’ve",
			"having", "we'd", "we’d", "i'd", "i’d", "they'd", "they’d", "we've", "we’ve", "i've", "i’ve", "it's",
			"it’s");

	private HindsightRules() {
	}

	static List<Rule> all() {
		return List.of(shouldHaveKnown(), howCould(), anyoneCouldSee(), obviously(), clearly(), ofCourse(), simply(),
				just());
	}

	private static Rule shouldHaveKnown() {
		return Rule.of(HINDSIGHT, "\\b(?:should|could|ought\\s+to)(?:n['’]t|\\s+not)?(?:\\s+have|['’]ve)\\s+"
				+ "(?:been\\s+)?(?:known|seen|noticed|realised|realized|spotted|caught|anticipated|predicted|foreseen"
				+ "|expected|guessed|obvious|clear|apparent|evident|picked\\s+up\\s+on)\\b", EXPLANATION,
				"Ask what the person knew and saw at that moment, for example \"What did the dashboards show at "
						+ "14:05, and what did they suggest?\"");
	}

	private static Rule howCould() {
		return Rule.of(HINDSIGHT, "\\bhow\\s+(?:could(?:n['’]t)?|did)\\s+(?:\\w+\\s+){0,3}?(?:not|never|miss|missed"
				+ "|overlook|overlooked|forget|forgot|ignore|ignored|fail|failed|skip|skipped|have\\s+missed)\\b"
				+ "|\\bhow\\s+could(?:n['’]t)?\\s+(?:nobody|no\\s+one|anyone)\\b", EXPLANATION,
				"Ask how it looked at the time instead, for example \"What made the warning easy to overlook "
						+ "among the other alerts?\"");
	}

	private static Rule anyoneCouldSee() {
		return Rule.of(HINDSIGHT, "\\b(?:anyone|anybody|everyone|any\\s+engineer)\\s+(?:could|would|should)\\s+"
				+ "(?:have\\s+)?(?:see|seen|know|known|tell|told|notice|noticed)\\b|\\beasy\\s+to\\s+(?:see|spot|notice"
				+ "|tell|avoid|prevent)\\b", EXPLANATION,
				"Describe what the signals looked like then, for example \"The error rate rose from 0.1% to 2%, "
						+ "inside the graph's normal range.\"")
			.unlessNegated();
	}

	private static Rule obviously() {
		return Rule
			.of(HINDSIGHT, "(?<![\\w-])(?:obviously|obvious|evidently|plainly|self-evident(?:ly)?|no-brainer)\\b",
					EXPLANATION,
					"Leave the judgement out and state the fact, or say what made it visible, for example "
							+ "\"The error log showed the expired certificate.\"")
			.unlessNegated();
	}

	private static Rule clearly() {
		return Rule
			.of(HINDSIGHT, "\\bclearly\\b", EXPLANATION,
					"Drop \"clearly\" and say what showed it and when, for example \"The graph showed the queue "
							+ "growing from 14:02.\"")
			.unlessNegated()
			.unless((text, start,
					end) -> CLEARLY_MANNER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
							|| CLEARLY_BEFORE.contains(Context.wordBefore(text, start)));
	}

	private static Rule ofCourse() {
		return Rule.of(HINDSIGHT, "\\bof\\s+course\\b", EXPLANATION,
				"Leave out \"of course\" and state the fact with its source, for example \"The runbook says to "
						+ "drain the node first.\"");
	}

	private static Rule simply() {
		return Rule
			.of(HINDSIGHT, "\\bsimply\\b", EXPLANATION,
					"Describe the step and what made it hard at the time, for example \"The fix was a one-line config "
							+ "change; finding that line took 40 minutes.\"")
			.unlessNegated();
	}

	private static Rule just() {
		return Rule
			.of(HINDSIGHT, "\\bjust\\b", EXPLANATION + " \"Just\" also makes the work sound trivial.",
					"Describe the step without minimizing it, for example \"Restarting the pod fixed it; it took 20 "
							+ "minutes to get there.\"")

			.unless((text, start,
					end) -> JUST_TEMPORAL.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
							|| PERFECT.contains(Context.wordBefore(text, start)));
	}

}
