package dev.sharpend.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.sharpend.language.LanguageCategory.HINDSIGHT;

/**
 * Wording that makes what we know now look as if it was plain then: obviously, just. The
 * same words also describe things ("the installer just works", "just two mirrors", "the
 * page clearly states"); the vetoes tell these uses apart by the words around them.
 */
final class HindsightRules {

	private static final String EXPLANATION = "Hindsight wording presents what we know now as if it was plain at "
			+ "the time. It hides the uncertainty people were actually working in, which is what the review needs "
			+ "to understand.";

	/**
	 * "Clearly" describing how something is shown or said, not how obvious it was. Simple
	 * past forms ("the graph clearly showed") are left out on purpose: in a narrative
	 * they claim the signal was plain at the time.
	 */
	private static final Pattern CLEARLY_MANNER = Pattern.compile("^\\s*(?:labell?ed|marked|visible|named|separated"
			+ "|defined|structured|formatted|audible|legible|readable|signposted|written|worded|laid\\s+out"
			+ "|distinguishable|identified|scoped|states?|stated|shows?|shown|explains?|explained|describes?"
			+ "|described|indicates?|says|lists?|listed|documents?|documented|communicates?"
			+ "|communicated|spells?\\s+out|spelled\\s+out|outlines?|outlined|warns?|tells?|displays?"
			+ "|displayed|distinguish(?:es)?|separates?|define|mark|label|set\\s+out|sets\\s+out)\\b");

	private static final Set<String> CLEARLY_BEFORE = Set.of("more", "most", "less", "least", "as", "so", "very",
			"communicate", "communicated", "communicates", "explain", "explained", "explains", "write", "speak",
			"spoke", "see", "saw", "hear", "think", "label", "labelled", "labeled", "mark", "marked", "describe",
			"described", "document", "documented", "state", "states", "stated", "show", "shown", "showed", "will",
			"shall", "must", "should", "can", "to", "would");

	/** "Just" meaning recently or exactly, which is not minimizing. */
	private static final Pattern JUST_TEMPORAL = Pattern.compile("^(?:-|\\s+(?:in\\s+time|in\\s+case|before|after"
			+ "|as|now|then|about|under|over|below|above|when|once|enough|like|been|past|beyond|around|right|so"
			+ "|barely|and|or|hours?|minutes?|seconds?|days?|weeks?|moments?|the\\s+(?:beginning|start|end)"
			+ "|begun|done|gone|seen|left|happened|started)\\b)");

	/**
	 * "Just" before a past form: "recently" for a thing ("the version just released"),
	 * but with a person as subject a minimized step ("we just restarted it", "the
	 * engineer just decided").
	 */
	private static final Pattern JUST_PAST = Pattern.compile("^\\s+\\w+(?<!need)ed\\b");

	/** Past forms that report news ("we just released 4.2"): "just" means recently. */
	private static final Pattern JUST_NEWS = Pattern.compile("^\\s+(?:released|published|shipped|launched|joined"
			+ "|arrived|returned|finished|completed|announced|moved\\s+to|started)\\b");

	/**
	 * "Just", "simply", "only" before an amount, or "just works": a quantity or a
	 * description, not a judgement of how easy it was.
	 */
	private static final Pattern QUANTITY = Pattern.compile("^\\s+(?:\\d|one\\b|two\\b|three\\b|four\\b|five\\b"
			+ "|six\\b|seven\\b|eight\\b|nine\\b|ten\\b|twelve\\b|a\\s+(?:few|handful|couple|fraction|single"
			+ "|small\\s+(?:number|share|part)|dozen)\\b|a\\s+\\d|half\\b|works?\\b|worked\\b|working\\b)");

	/** Words before "just" that make it mean recently or barely. */
	private static final Set<String> PERFECT = Set.of("not", "only", "had", "has", "have", "'d", "’d", "'ve", "’ve",
			"having", "we'd", "we’d", "i'd", "i’d", "they'd", "they’d", "we've", "we’ve", "i've", "i’ve", "it's",
			"it’s");

	/**
	 * "Obviously crafted", "obviously generated": describing a thing, not a judgement.
	 */
	private static final Pattern PARTICIPLE = Pattern
		.compile("^\\s+(?!(?:need|wrong|broken|mistaken|bad)\\b)(?:[a-z]+(?:ed|en)|built|made|meant|written|sent"
				+ "|set|put|done|drawn|spun|run|shown|sold|held|taught|bought)\\b");

	/** "Simply" before a negation or in "put simply": plain description. */
	private static final Pattern SIMPLY_PLAIN = Pattern
		.compile("^\\s*(?:,|never\\b|not\\b|no\\b|nothing\\b" + "|because\\b|put\\b|stated\\b|means?\\b|too\\b)");

	/**
	 * A present-tense verb after "just" or "simply" ("the proxy just forwards"): with a
	 * system as subject, it describes what the system does.
	 */
	private static final Pattern PRESENT_VERB = Pattern.compile("^\\s+[a-z]+(?<!ss)s\\b");

	private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "will", "should", "must",
			"shall");

	private static final Pattern COULD_NOT = Pattern.compile("^could(?:n['’]t|\\s+not)");

	private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");

	private HindsightRules() {
	}

	static List<Rule> all() {
		return List.of(shouldHaveKnown(), howCould(), anyoneCouldSee(), obviously(), evident(), clearly(), ofCourse(),
				simply(), just(), predictably());
	}

	private static boolean next(Pattern pattern, String text, int end) {
		return Context.followedBy(pattern, text, end);
	}

	private static Rule shouldHaveKnown() {
		return Rule.of(HINDSIGHT, "\\b(?:should|could|ought\\s+to)(?:n['’]t|\\s+not)?(?:\\s+have|['’]ve)\\s+"
				+ "(?:been\\s+)?(?:known|seen|noticed|realised|realized|spotted|caught|anticipated|predicted|foreseen"
				+ "|expected|guessed|obvious|clear|apparent|evident|picked\\s+up\\s+on)\\b", EXPLANATION,
				"Ask what the person knew and saw at that moment, for example \"What did the dashboards show at "
						+ "14:05, and what did they suggest?\"")
			.as("hindsight.should-have-known",
					"\"should (or could) have known/seen\": judging what was knowable " + "by what is known now")
			.when("should", "could", "ought")
			// "We could have caught this in staging" is a counterfactual about the
			// process;
			// "could not have seen it" denies hindsight rather than using it.
			.unless((text, start, end) -> text.startsWith("could", start)
					&& (text.substring(start, end).endsWith("caught")
							|| COULD_NOT.matcher(text.substring(start, end)).find()));
	}

	private static Rule howCould() {
		return Rule
			.of(HINDSIGHT, "\\bhow\\s+(?:could(?:n['’]t)?|did)\\s+(?:\\w+\\s+){0,3}?(?:not|never|miss|missed"
					+ "|overlook|overlooked|forget|forgot|ignore|ignored|fail|failed|skip|skipped|have\\s+missed)\\b"
					+ "|\\bhow\\s+could(?:n['’]t)?\\s+(?:nobody|no\\s+one|anyone)\\b", EXPLANATION,
					"Ask how it looked at the time instead, for example \"What made the warning easy to overlook "
							+ "among the other alerts?\"")
			.as("hindsight.how-could", "\"how could … miss\": a question that presumes it was easy to see")
			.when("how");
	}

	private static Rule anyoneCouldSee() {
		return Rule.of(HINDSIGHT, "\\b(?:anyone|anybody|everyone|any\\s+engineer)\\s+(?:could|would|should)\\s+"
				+ "(?:have\\s+)?(?:see|seen|know|known|tell|told|notice|noticed)\\b|\\beasy\\s+to\\s+(?:see|spot|notice"
				+ "|tell(?!\\s+(?:the|this|that\\s+story|a|an|stories|people|everyone|customers|users)\\b)|avoid|prevent)\\b|\\bplain\\s+to\\s+see\\b|\\bthere\\s+for\\s+all\\s+to\\s+see\\b"
				+ "|\\bstaring\\s+us\\s+in\\s+the\\s+face\\b", EXPLANATION,
				"Describe what the signals looked like then, for example \"The error rate rose from 0.1% to 2%, "
						+ "inside the graph's normal range.\"")
			.as("hindsight.anyone-could-see",
					"\"anyone could have seen\", \"easy to spot\": the signal called " + "plain to everyone")
			.when("anyone", "anybody", "everyone", "engineer", "easy", "plain", "all", "staring")
			.unlessNegated();
	}

	private static Rule obviously() {
		return Rule
			.of(HINDSIGHT, "(?<![\\w-])(?:obviously|obvious|evidently|plainly|self-evident(?:ly)?|no-brainer)\\b",
					EXPLANATION,
					"Leave the judgement out and state the fact, or say what made it visible, for example "
							+ "\"The error log showed the expired certificate.\"")
			.as("hindsight.obviously", "\"obviously\", \"obvious\": a judgement of what was plain to see")
			.when("obviously", "obvious", "evidently", "plainly", "self", "no")
			.unlessNegated()
			// "obviously crafted" describes the thing; "obvious now, but" grants the
			// hindsight.
			.unless((text, start, end) -> (BE.contains(Context.wordBefore(text, start)) && next(PARTICIPLE, text, end))
					|| Context.wordAfter(text, end).equals("now"));
	}

	private static Rule evident() {
		return Rule
			.of(HINDSIGHT, "\\b(?:was|were|is|seemed|looked)\\s+(?<f>evident)\\b", EXPLANATION,
					"Say what showed it and when, for example \"The stack trace pointed to the pool at 14:10.\"")
			.as("hindsight.evident", "\"was evident\": a judgement of what was plain to see")
			.when("evident")
			.unlessNegated();
	}

	private static Rule clearly() {
		return Rule
			.of(HINDSIGHT, "\\bclearly\\b", EXPLANATION,
					"Drop \"clearly\" and say what showed it and when, for example \"The graph showed the queue "
							+ "growing from 14:02.\"")
			.as("hindsight.clearly", "\"clearly\" as a judgement (not how something is shown or said)")
			.when("clearly")
			.unlessNegated()
			.unless((text, start, end) -> next(CLEARLY_MANNER, text, end)
					|| CLEARLY_BEFORE.contains(Context.wordBefore(text, start)));
	}

	private static Rule ofCourse() {
		return Rule
			.of(HINDSIGHT, "\\bof\\s+course\\b", EXPLANATION,
					"Leave out \"of course\" and state the fact with its source, for example \"The runbook says to "
							+ "drain the node first.\"")
			.as("hindsight.of-course", "\"of course\": presents a fact as something everyone knew")
			.when("course")
			// "could of course be held by one person" grants a possibility.
			.unless((text, start, end) -> MODALS.contains(Context.wordBefore(text, start)));
	}

	private static Rule simply() {
		return Rule
			.of(HINDSIGHT, "\\bsimply\\b", EXPLANATION,
					"Describe the step and what made it hard at the time, for example \"The fix was a one-line config "
							+ "change; finding that line took 40 minutes.\"")
			.as("hindsight.simply", "\"simply\" minimizing what people did or had to do")
			.when("simply")
			.unlessNegated()
			.unless((text, start, end) -> next(SIMPLY_PLAIN, text, end) || "put".equals(Context.wordBefore(text, start))
					|| systemDoes(text, start, end));
	}

	private static Rule just() {
		return Rule
			.of(HINDSIGHT, "\\bjust\\b", EXPLANATION + " \"Just\" also makes the work sound trivial.",
					"Describe the step without minimizing it, for example \"Restarting the pod fixed it; it took 20 "
							+ "minutes to get there.\"")
			.as("hindsight.just", "\"just\" minimizing a step (not \"just in time\", \"just two\", \"just works\")")
			.when("just")
			.unless((text, start, end) -> next(JUST_TEMPORAL, text, end) || next(QUANTITY, text, end)
					|| (next(JUST_PAST, text, end) && (!Context.aboutPeople(text, start) || next(JUST_NEWS, text, end)))
					|| PERFECT.contains(Context.wordBefore(text, start)) || systemDoes(text, start, end));
	}

	/**
	 * "Predictably, the retries made it worse" at the start of a clause: the outcome
	 * called foreseeable. After a verb it says how something behaves ("scales
	 * predictably"), which is no finding.
	 */
	private static Rule predictably() {
		return Rule
			.of(HINDSIGHT,
					"(?:^|(?<=[.!?;:]\\s{0,3}))[\\s>*•#_-]*(?<f>predictably|unsurprisingly|needless\\s+to"
							+ "\\s+say|as\\s+anyone\\s+could\\s+have\\s+predicted)\\b",
					EXPLANATION,
					"Describe what happened without calling it foreseeable, for example \"The retries doubled the "
							+ "load on the primary.\"")
			.as("hindsight.predictably", "\"predictably\", \"needless to say\": the outcome called foreseeable")
			.when("predictably", "unsurprisingly", "needless", "anyone");
	}

	/** A system as subject with a present-tense verb: "the client simply retries". */
	private static boolean systemDoes(String text, int start, int end) {
		return next(PRESENT_VERB, text, end) && !Context.aboutPeople(text, start);
	}

}
