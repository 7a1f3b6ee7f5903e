package dev.sharpend.language;

import java.util.List;
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

	private JudgementRules() {
	}

	/** Blame rules, more specific than hindsight and counterfactual wording. */
	static List<Rule> blame() {
		return List.of(procedure(), paying(), humanError(), judgement(), fault());
	}

	static List<Rule> causesAndQuestions() {
		return List.of(rootCause(), theCause(), onlyCause(), fiveWhys(), whyDid());
	}

	private static Rule procedure() {
		return Rule.of(BLAME, "\\b(?:(?:did(?:n['’]t|\\s+not)|failed\\s+to|never|refused\\s+to|chose\\s+not\\s+to"
				+ "|forgot\\s+to)\\s+follow|ignored|disregarded|bypassed|violated|broke)\\s+(?:the\\s+|our\\s+|their"
				+ "\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+)?" + PROCEDURES
				+ "\\b|\\b(?:ignored|disregarded)\\s+(?:the\\s+|all\\s+)?"
				+ "(?:[\\w-]+\\s+)?(?:warnings?|alerts?|pages?)\\b", BLAME_EXPLANATION,
				"Ask how the procedure fit the situation, for example \"The runbook's step 4 assumed the primary "
						+ "was reachable; it was not, so the on-call engineer improvised.\"");
	}

	private static Rule paying() {
		return Rule.of(BLAME, "\\b(?:was|were|is|are)(?:n['’]t|\\s+not)\\s+paying\\s+attention\\b", BLAME_EXPLANATION,
				"Describe where attention was and why, for example \"The on-call engineer was handling a second "
						+ "page at the time.\"");
	}

	private static Rule humanError() {
		return Rule
			.of(BLAME, "\\b(?:human|operator|user|pilot|engineer|admin|people)\\s+errors?\\b", BLAME_EXPLANATION,
					"Describe the action and what made it easy to get wrong, for example \"The command targets "
							+ "production by default and asks for no confirmation.\"")
			.unlessNegated();
	}

	private static Rule judgement() {
		return Rule
			.of(BLAME, "\\b(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy|sloppily|sloppiness|lazy|lazily"
					+ "|laziness|incompeten(?:t|ce)|reckless(?:ly|ness)?|inattentive|inattention|irresponsible|stupid"
					+ "|dumb|idiotic|clueless|thoughtless(?:ly)?)\\b", BLAME_EXPLANATION,
					"Describe the circumstances instead of the person, for example \"The change was reviewed in five "
							+ "minutes at the end of a 12-hour shift.\"")
			.unlessNegated()
			.unless((text, start,
					end) -> LAZY_TECHNICAL.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()
							|| TECHNICAL_BEFORE_LAZILY.matcher(Context.wordBefore(text, start)).matches());
	}

	private static Rule fault() {
		return Rule
			.of(BLAME, "\\b(?:at\\s+fault|to\\s+blame|(?:his|her|their|my|our|your)\\s+fault|(?:the\\s+)?fault"
					+ "\\s+of|blamed?|blames|rookie\\s+mistake|dropped\\s+the\\s+ball|fat[- ]?finger(?:ed|s)?"
					+ "|screwed\\s+up|messed\\s+up|blunder(?:ed|s)?|(?:should\\s+be\\s+|be\\s+|was\\s+|were\\s+)?held"
					+ "\\s+accountable|should\\s+be\\s+(?:disciplined|fired|reprimanded))\\b", BLAME_EXPLANATION,
					"Describe what happened and what made it possible, for example \"The config change reached all "
							+ "regions because the rollout has no stages.\"")
			.unlessNegated();
	}

	private static Rule rootCause() {
		return Rule
			.of(SINGLE_CAUSE, "\\broot[- ]?caus(?:es?|ed)\\b|\\brca\\b", CAUSE_EXPLANATION,
					"Write contributing factors instead, for example \"Contributing factors: the expired certificate, "
							+ "the missing expiry alert, and the renewal job failing silently.\"")
			.unlessNegated();
	}

	private static Rule theCause() {
		return Rule.of(SINGLE_CAUSE, "\\bthe\\s+(?:(?:real|true|actual|main|primary|sole|single|only|underlying"
				+ "|ultimate|original|direct)\\s+)?(?:cause|reason)(?:\\s+(?:of|for)\\s+(?:the\\s+|this\\s+|our\\s+)?"
				+ "[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:was|is|were)\\b", CAUSE_EXPLANATION,
				"Name it as one contributing factor, for example \"One contributing factor was the expired "
						+ "certificate; others were …\"")
			.unlessNegated()
			.unless((text, start,
					end) -> CAUSE_AMONG_SEVERAL.matcher(text.substring(end, Math.min(text.length(), end + 40))).find());
	}

	private static Rule onlyCause() {
		return Rule
			.of(SINGLE_CAUSE,
					"\\b(?:sole|single|only|real|true|primary|underlying|ultimate)\\s+(?:cause|culprit)"
							+ "\\b|\\b(?:solely|entirely|purely|only)\\s+(?:due\\s+to|because\\s+of|caused\\s+by)\\b",
					CAUSE_EXPLANATION,
					"Say it was one of several factors and name the others, for example \"The cache eviction "
							+ "contributed, together with the retry storm and the missing rate limit.\"")
			.unlessNegated();
	}

	private static Rule fiveWhys() {
		return Rule
			.of(SINGLE_CAUSE, "\\b(?:5|five)\\s+whys\\b", CAUSE_EXPLANATION,
					"Follow several threads instead of one chain, for example \"What else made this possible? What "
							+ "kept it from being worse?\"")
			.unlessNegated();
	}

	private static Rule whyDid() {
		return Rule
			.of(WHY_QUESTION, "(?:^|[.!?]\\s+|\\n)[\\s>*•-]*(?:q:\\s*)?(?<f>why\\s+(?:did|didn['’]t|was|wasn['’]t"
					+ "|were|weren['’]t|would|wouldn['’]t|had|hadn['’]t|hasn['’]t|haven['’]t|could|couldn['’]t|should"
					+ "|shouldn['’]t)\\b)",
					"A \"why did\" question asks people to justify themselves, and invites a "
							+ "single answer. A \"how\" question invites them to describe the situation they were in.",
					"Ask \"how\" instead, for example \"How did the deploy reach production without the canary?\" or "
							+ "\"What made this look like the right step at the time?\"");
	}

}
