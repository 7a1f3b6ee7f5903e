package dev.sharpend.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.sharpend.language.LanguageCategory.BLAME;
import static dev.sharpend.language.LanguageCategory.SINGLE_CAUSE;
import static dev.sharpend.language.LanguageCategory.WHY_QUESTION;

/** Judgements of people, single causes and "why did" questions. */
final class JudgementRules {

	private static final String BLAME_EXPLANATION = "Blame words judge people instead of describing the system "
			+ "they worked in. People who expect blame share less, and the review loses the details it needs.";

	private static final String CAUSE_EXPLANATION = "Naming one cause ends the search. Incidents in complex "
			+ "systems come from several contributing factors; \"root cause is simply the place where you stop "
			+ "looking any further\".";

	/** A role whose own error ("an engineer's typo") is named as the explanation. */
	private static final String ROLE = "(?:operator|engineer|admin|administrator|sysadmin|developer|responder"
			+ "|reviewer)";

	private static final String PROCEDURES = "(?:procedures?|process(?:es)?|runbooks?|playbooks?|checklists?"
			+ "|polic(?:y|ies)|protocols?|instructions|rules|guidelines|docs|documentation)";

	/** "Lazy" and "lazily" in their technical sense. */
	private static final Pattern LAZY_TECHNICAL = Pattern.compile("^[\\s-]+(?:load|loading|loaded|init\\w*"
			+ "|evaluat\\w+|fetch\\w*|val|beans?|mode|instantiat\\w+|creat\\w+|comput\\w+|resol\\w+|connect\\w*)\\b");

	private static final Pattern TECHNICAL_BEFORE_LAZILY = Pattern
		.compile("(?:init|load|evaluat|creat|fetch|comput|resolv|instantiat)\\w*");

	/** Ways of saying one cause among several. */
	private static final Pattern CAUSE_AMONG_SEVERAL = Pattern.compile("^\\s+(?:one\\s+of|among|only\\s+one"
			+ "|not\\b|never|part\\s+of|partly|in\\s+part|unclear|unknown|still|a\\s+combination|several|many"
			+ "|multiple|a\\s+mix|hard\\s+to|complicated)");

	/**
	 * A blame word as the subject of a general statement about reviews: "human error is
	 * never where an investigation should stop", "an operator error points at a missing
	 * safeguard", "blame discourages reporting".
	 */
	private static final Pattern GENERAL_STATEMENT = Pattern.compile("^\\s+(?:is|are|isn['’]t|aren['’]t|points?"
			+ "|tells?|hides?|makes?|discourages?|shuts?|stops?|ends?|leads?|rarely|never|usually|often|should"
			+ "|can|cannot|can['’]t|does|doesn['’]t|teaches|explains)\\b(?!\\s+(?:the|a)\\s+(?:root\\s+)?cause)");

	/**
	 * Words just before a blame word that talk about the word rather than use it:
	 * "calling it human error", "words like careless", "a culture of blame".
	 */
	private static final Set<String> ABOUT_THE_WORD = Set.of("calling", "call", "labelling", "labeling", "label",
			"labels", "like", "such", "culture", "assigning", "assign", "avoid", "avoids", "avoiding", "than",
			"instead", "beyond", "about", "stopping", "stop", "words", "word", "term", "terms", "blameless", "phrase",
			"looking", "seek", "seeking", "find", "finding", "attribute");

	private static final Pattern SEVERAL = Pattern.compile("^\\s+(?:a\\s+)?(?:combination|mix|number|series|few)\\b");

	/** The end of a list of words being talked about: "words like careless or ". */
	private static final Pattern LISTED_WORDS = Pattern.compile(
			"\\b(?:like|such\\s+as|words?|terms?|calling|labels?)" + "\\s+(?:[\\w-]+,?\\s+){1,4}(?:or|and|nor)\\s+$");

	private JudgementRules() {
	}

	/** Blame rules, more specific than hindsight and counterfactual wording. */
	static List<Rule> blame() {
		return List.of(procedure(), paying(), humanError(), judgement(), fault());
	}

	/** A blame word mentioned, not used: in a statement about reviews or about words. */
	private static boolean mentioned(String text, int start, int end) {
		if (Context.followedBy(GENERAL_STATEMENT, text, end)) {
			return true;
		}
		for (String word : Context.wordsBefore(text, start, 3)) {
			if (ABOUT_THE_WORD.contains(word)) {
				return true;
			}
		}
		return LISTED_WORDS.matcher(text.substring(Math.max(0, start - 60), start)).find();
	}

	static List<Rule> causesAndQuestions() {
		return List.of(rootCause(), theCause(), onlyCause(), comesDownTo(), fiveWhys(), whyDid());
	}

	private static Rule procedure() {
		return Rule.of(BLAME, "\\b(?:(?:did(?:n['’]t|\\s+not)|failed\\s+to|never|refused\\s+to|chose\\s+not\\s+to"
				+ "|forgot\\s+to)\\s+follow|ignored|disregarded|bypassed|violated|broke)\\s+(?:the\\s+|our\\s+|their"
				+ "\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+)?" + PROCEDURES
				+ "\\b|\\b(?:ignored|disregarded)\\s+(?:the\\s+|all\\s+)?"
				+ "(?:[\\w-]+\\s+)?(?:warnings?|alerts?|pages?)\\b", BLAME_EXPLANATION,
				"Ask how the procedure fit the situation, for example \"The runbook's step 4 assumed the primary "
						+ "was reachable; it was not, so the on-call engineer improvised.\"")
			.as("blame.procedure",
					"\"ignored the warnings\", \"did not follow the procedure\": judging people "
							+ "against a procedure")
			.when("follow", "ignored", "disregarded", "bypassed", "violated", "broke")
			// "The config push bypassed the change process" describes the tooling.
			.unless((text, start, end) -> Context.aboutThing(text, start));
	}

	private static Rule paying() {
		return Rule
			.of(BLAME, "\\b(?:was|were|is|are)(?:n['’]t|\\s+not)\\s+paying\\s+attention\\b", BLAME_EXPLANATION,
					"Describe where attention was and why, for example \"The on-call engineer was handling a second "
							+ "page at the time.\"")
			.as("blame.attention", "\"not paying attention\": a judgement of a person")
			.when("paying");
	}

	private static Rule humanError() {
		return Rule
			.of(BLAME,
					"\\b(?:human|operator|user|pilot|engineer|admin|people)\\s+errors?\\b|\\b" + ROLE
							+ "['’]s\\s+(?:[\\w-]+\\s+)?(?:errors?|mistakes?|typos?|slips?|blunders?|oversights?)\\b",
					BLAME_EXPLANATION,
					"Describe the action and what made it easy to get wrong, for example \"The command targets "
							+ "production by default and asks for no confirmation.\"")
			.unlessNegated()
			.as("blame.human-error",
					"\"human error\", \"an engineer's typo\" used as an explanation (not in a statement about "
							+ "reviews)")
			.when("human", "operator", "user", "pilot", "engineer", "admin", "people", "developer", "responder",
					"reviewer", "sysadmin", "administrator")
			.unless(JudgementRules::mentioned);
	}

	private static Rule judgement() {
		return Rule
			.of(BLAME,
					"\\b(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy|sloppily|sloppiness|lazy|lazily"
							+ "|laziness|incompeten(?:t|ce)|reckless(?:ly|ness)?|inattentive|inattention|irresponsible"
							+ "|stupid(?:ly)?|foolish(?:ly)?|dumb|idiotic|clueless|thoughtless(?:ly)?)\\b",
					BLAME_EXPLANATION,
					"Describe the circumstances instead of the person, for example \"The change was reviewed in five "
							+ "minutes at the end of a 12-hour shift.\"")
			.unlessNegated()
			.unless((text, start, end) -> Context.followedBy(LAZY_TECHNICAL, text, end)
					|| TECHNICAL_BEFORE_LAZILY.matcher(Context.wordBefore(text, start)).matches())
			.as("blame.judgement", "a judgement of a person: careless, negligent, lazy")
			.when("careless", "carelessly", "carelessness", "negligent", "negligently", "negligence", "sloppy",
					"sloppily", "sloppiness", "lazy", "lazily", "laziness", "incompetent", "incompetence", "reckless",
					"recklessly", "recklessness", "inattentive", "inattention", "irresponsible", "stupid", "stupidly",
					"foolish", "foolishly", "dumb", "idiotic", "clueless", "thoughtless", "thoughtlessly")
			.unless(JudgementRules::mentioned);
	}

	private static Rule fault() {
		return Rule
			.of(BLAME,
					"\\b(?:at\\s+fault|to\\s+blame|(?:his|her|their|my|our|your)\\s+fault|(?:the\\s+)?fault"
							+ "\\s+of|blamed?|blames|rookie\\s+mistake|dropped\\s+the\\s+ball|fat[- ]?finger(?:ed|s)?"
							+ "|screwed\\s+up|messed\\s+up|blunder(?:ed|s)?|oversight\\s+(?:by|on\\s+the\\s+part\\s+of)"
							+ "|(?:should\\s+be\\s+|be\\s+|was\\s+|were\\s+)?held"
							+ "\\s+accountable|should\\s+be\\s+(?:disciplined|fired|reprimanded))\\b",
					BLAME_EXPLANATION,
					"Describe what happened and what made it possible, for example \"The config change reached all "
							+ "regions because the rollout has no stages.\"")
			.unlessNegated()
			.as("blame.fault", "\"at fault\", \"to blame\", \"blunder\": assigning fault to a person")
			.when("fault", "blame", "blamed", "blames", "rookie", "dropped", "fat", "finger", "fingered", "fingers",
					"screwed", "messed", "blunder", "blundered", "blunders", "oversight", "accountable", "disciplined",
					"fired", "reprimanded")
			.unless(JudgementRules::mentioned)
			// "The tool is to blame": a thing, not a person, is the subject.
			.unless((text, start, end) -> text.substring(start, end).matches("(?:to\\s+blame|at\\s+fault)")
					&& Context.aboutThing(text, start));
	}

	private static Rule rootCause() {
		return Rule
			.of(SINGLE_CAUSE, "\\broot[- ]?caus(?:es?|ed)\\b|\\brca\\b", CAUSE_EXPLANATION,
					"Write contributing factors instead, for example \"Contributing factors: the expired certificate, "
							+ "the missing expiry alert, and the renewal job failing silently.\"")
			.as("single_cause.root-cause",
					"\"root cause\": one cause presented as the whole story (whatever the "
							+ "verb: was, fixed, found, addressed)")
			.when("root", "rca")
			// "No single root cause" denies it; "did not fix the root cause" still names
			// one.
			.unless((text, start, end) -> Context.phraseNegated(text, start));
	}

	private static Rule theCause() {
		return Rule.of(SINGLE_CAUSE, "\\bthe\\s+(?:(?:real|true|actual|main|primary|sole|single|only|underlying"
				+ "|ultimate|original|direct)\\s+)?(?:cause|reason)(?:\\s+(?:of|for)\\s+(?:the\\s+|this\\s+|our\\s+)?"
				+ "[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:was|is|were)\\b", CAUSE_EXPLANATION,
				"Name it as one contributing factor, for example \"One contributing factor was the expired "
						+ "certificate; others were …\"")
			.as("single_cause.the-cause", "\"the cause was\": one cause presented as the whole story")
			.when("cause", "reason")
			.unlessNegated()
			.unless((text, start, end) -> Context.followedBy(CAUSE_AMONG_SEVERAL, text, end));
	}

	private static Rule onlyCause() {
		return Rule
			.of(SINGLE_CAUSE, "\\b(?:sole|single|only|real|true|primary|underlying|ultimate)\\s+(?:cause|culprit)"
					+ "\\b|\\b(?:solely|entirely|purely|only)\\s+(?:due\\s+to|because\\s+of|caused\\s+by)\\b"
					+ "|\\b(?:underlying|real|true|actual|core|fundamental)\\s+(?:issue|problem)\\s+(?:was|is|lay"
					+ "|lies)\\b", CAUSE_EXPLANATION,
					"Say it was one of several factors and name the others, for example \"The cache eviction "
							+ "contributed, together with the retry storm and the missing rate limit.\"")
			.as("single_cause.only-cause",
					"\"the sole cause\", \"entirely due to\", \"the underlying issue was\": one cause presented as "
							+ "the whole story")
			.when("sole", "single", "only", "real", "true", "primary", "underlying", "ultimate", "solely", "entirely",
					"purely", "actual", "core", "fundamental")
			.unless((text, start, end) -> Context.phraseNegated(text, start));
	}

	private static Rule comesDownTo() {
		return Rule
			.of(SINGLE_CAUSE,
					"\\b(?:boils?|boiled|boiling)\\s+down\\s+to\\b|\\b(?:comes?|came|coming)\\s+down\\s+to"
							+ "\\s+(?:one|a\\s+single|a|an)\\b",
					CAUSE_EXPLANATION,
					"Name the factors that combined, for example \"The missing index mattered because traffic had "
							+ "doubled and the query cache was cold.\"")
			.as("single_cause.comes-down-to", "\"comes down to one …\": the incident reduced to a single cause")
			.when("down")
			.unless((text, start, end) -> Context.phraseNegated(text, start)
					|| Context.followedBy(CAUSE_AMONG_SEVERAL, text, end) || Context.followedBy(SEVERAL, text, end));
	}

	private static Rule fiveWhys() {
		return Rule
			.of(SINGLE_CAUSE, "\\b(?:5|five)\\s+whys\\b", CAUSE_EXPLANATION,
					"Follow several threads instead of one chain, for example \"What else made this possible? What "
							+ "kept it from being worse?\"")
			.as("single_cause.five-whys", "\"five whys\": a method that follows one chain to one cause")
			.when("5", "five")
			.unlessNegated();
	}

	/**
	 * A direct "why" question, wherever it starts: a sentence, a heading, a list item, or
	 * after a colon ("Open question: why was the canary skipped?").
	 */
	private static Rule whyDid() {
		return Rule.of(WHY_QUESTION,
				"(?:^|[.!?:;(]\\s+|[:(—–]\\s*|\\n|\\b(?:asked|asking|asks|wondered|wondering)\\s+)[\\s>*•#_-]*(?:\\d{1,2}[.)]\\s+)?(?:\\*\\*|__)?(?:q:\\s*)?"
						+ "(?:(?:so|and|but|then|ok|okay|now|well),?\\s+)?(?<f>why\\s+(?:(?:did|was|were|would|had|has|have|could|should|is|are|does|do|can|will|must)"
						+ "(?:n['’]t)?|can['’]t|cannot|won['’]t|not)\\b)",
				"A \"why\" question about what people did asks them to justify themselves, and invites a "
						+ "single answer. A \"how\" question invites them to describe the situation they were in.",
				"Ask \"how\" instead, for example \"How did the deploy reach production without the canary?\" or "
						+ "\"What made this look like the right step at the time?\"")
			.as("why_question.why", "a direct question starting with \"why\"")
			.when("why");
	}

}
