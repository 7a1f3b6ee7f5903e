package dev.sharpend.language;

import java.util.List;
import java.util.Set;

import static dev.sharpend.language.LanguageCategory.COUNTERFACTUAL;

/** Wording about a world that did not happen: should have, failed to, didn't, if only. */
final class CounterfactualRules {

	/**
	 * People (and roles) whose omissions are counterfactual, as opposed to a system's.
	 */
	static final String PERSON = "(?:i|we|you|he|she|they|someone|somebody|anyone|anybody|the\\s+team|ops"
			+ "|(?:the\\s+|our\\s+)?on-?\\s?call(?:\\s+(?:engineer|person|responder|sre|developer))?"
			+ "|(?:the|our|an?)\\s+(?:\\w+\\s+)?(?:engineer|operator|developer|dev|sre|admin|administrator|sysadmin"
			+ "|reviewer|author|responder|commander|dba|deployer|approver|tester|intern|hire|person)s?)";

	private static final String NT = "(?:n['’]t|\\s+not)";

	/**
	 * Verbs of finding or preventing, which turn "might have" into a counterfactual.
	 * "Shown to someone" is exposure, not detection.
	 */
	private static final String PREVENTED = "(?:found|caught|detected|spotted|noticed|seen|prevented|avoided"
			+ "|limited|stopped|shortened|reduced|helped|saved|mitigated|contained|identified|flagged|revealed"
			+ "|surfaced|shown(?!\\s+to\\b)|picked\\s+up|averted)\\b";

	private static final String EXPLANATION = "A counterfactual describes what did not happen. It measures people "
			+ "against knowledge they only had afterwards and hides what actually shaped their actions at the time.";

	/**
	 * "Should have an owner": have as a main verb, a recommendation rather than a
	 * counterfactual.
	 */
	private static final String MAIN_VERB_HAVE = "(?!\\s+(?:an?|the|no|any|some|more|less|enough|its|their|our|one|two"
			+ "|several|access|time|to|had\\s+to)\\b)";

	/** Verbs that say what people knew or received, which a review wants told. */
	private static final String KNOWING = "(?:(?=(?:think|know|remember)\\s+to\\b)|(?!(?:know|knew|expect|expected|think|thought|understand|understood|have|had"
			+ "|get|got|receive|received|hear|heard|need|needed|want|wanted|mean|meant|intend|intended|anticipate"
			+ "|anticipated|realise|realised|realize|realized|seem|seemed|notice\\s+anything\\s+unusual|see|saw|seen"
			+ "|observe|observed|find|found|lose|lost|plan|planned|believe|believed|recall|remember|like|care"
			+ "|yet|immediately|always|settle|agree|conclude|determine|answer|try)\\b))";

	/**
	 * Asking whether something had happened is a fact-finding question, not a
	 * counterfactual.
	 */
	private static final Set<String> ASKING = Set.of("check", "checked", "checking", "checks", "ask", "asked", "asking",
			"see", "saw", "know", "knew", "verify", "verified", "confirm", "confirmed", "wonder", "wondered", "tell",
			"unclear", "sure", "look", "looked", "find", "found", "investigate", "investigated");

	/** "We did not look for a root cause": a statement about how the review was done. */
	private static final java.util.regex.Pattern ABOUT_THE_REVIEW = java.util.regex.Pattern.compile(
			"^\\s+(?:for\\s+)?(?:a\\s+|the\\s+|one\\s+)?(?:single\\s+)?(?:root\\s+cause|culprit|someone\\s+to\\s+blame|blame)");

	/**
	 * A sentence (or list item) that starts with a question word and runs up to the
	 * match: "What would have helped?", not the relative "…, which would have …".
	 */
	private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern
		.compile("(?:^|[.!?:]\\s+|\\n[\\s>*#•-]*)(?:what|which|who|how|where|when)\\b[^.!?\\n]*$");

	private static final Set<String> ON_ITS_OWN = Set.of("alone", "itself", "themselves", "isolation", "each");

	private static final java.util.regex.Pattern ON_ITS_OWN_AFTER = java.util.regex.Pattern
		.compile("\\bon\\s+(?:its|their)\\s+own\\s+$");

	private CounterfactualRules() {
	}

	static List<Rule> all() {
		return List.of(shouldHave(), mightHave(), wouldContracted(), ifOnly(), failedTo(), personDidNot(),
				nobodyThought(), ifHad(), hadWe());
	}

	private static Rule shouldHave() {
		return Rule.of(COUNTERFACTUAL,
				"\\b(?:(?:should|would)" + NT + "?\\s+have|could\\s+have|ought" + NT
						+ "?\\s+to\\s+have|(?:should|would|could)['’]ve)\\b" + MAIN_VERB_HAVE,
				EXPLANATION,
				"Describe what did happen and what made it make sense then, for example \"The runbook "
						+ "pointed to the cache, so we restarted it first.\" Or ask: \"What would have helped us see "
						+ "this sooner?\"")
			.as("counterfactual.should-have", "\"should/would/could have\": a world that did not happen")
			.when("should", "would", "could", "ought", "shouldn", "wouldn")
			.unless(CounterfactualRules::askingOrWeighing);
	}

	/**
	 * "Might have been found", "may have caught": a modal of possibility with a verb of
	 * finding or preventing. "May have started earlier" is uncertainty about what
	 * happened, which a review needs, and is no finding.
	 */
	private static Rule mightHave() {
		return Rule
			.of(COUNTERFACTUAL, "\\b(?:might|may)(?:\\s+(?:well|also|easily))?\\s+have\\s+(?:been\\s+)?" + PREVENTED,
					EXPLANATION,
					"Ask what would help next time instead, for example \"What would help a reader of the spec "
							+ "notice this limit?\"")
			.as("counterfactual.might-have",
					"\"might/may have been found (or prevented)\": a world that did not " + "happen")
			.when("might", "may");
	}

	/** "We'd have seen it": "would have" contracted after a pronoun. */
	private static Rule wouldContracted() {
		return Rule
			.of(COUNTERFACTUAL,
					"\\b(?:we|i|you|he|she|they|it|that|this|someone|anyone)['’]d\\s+(?:not\\s+)?have\\b"
							+ MAIN_VERB_HAVE,
					EXPLANATION,
					"Describe what was known and done at the time, for example \"The defaults were not part of the "
							+ "set-up checklist.\"")
			.as("counterfactual.would-have", "\"we'd have\": a world that did not happen")
			.when("d");
	}

	private static Rule ifOnly() {
		return Rule
			.of(COUNTERFACTUAL, "\\bif\\s+only\\b", EXPLANATION,
					"Say what was in the way instead, for example \"The check ran only nightly, so the change went out "
							+ "untested.\"")
			.as("counterfactual.if-only", "\"if only\": a world that did not happen")
			.when("only");
	}

	private static Rule failedTo() {
		return Rule
			.of(COUNTERFACTUAL, "\\b(?:" + PERSON + "\\s+(?:\\w+\\s+)?failed\\s+to\\b|failed\\s+to\\s+"
					+ "(?:notice|check|see|spot|catch|follow|verify|test|read|update|escalate|communicate|inform|notify"
					+ "|page|acknowledge|ack|respond|review|consider|realise|realize|recognise|recognize|mention|ask"
					+ "|report|act|react|roll\\s+back|monitor|look|confirm|document|heed|raise|flag|double-check)\\b)",
					EXPLANATION,
					"Describe what the person did and saw instead, for example \"The alert went to a "
							+ "channel nobody watched at night\" rather than \"the engineer failed to respond\".")
			.as("counterfactual.failed-to",
					"\"failed to\" with a person or a human action: measuring people " + "against what they did not do")
			.when("failed");
	}

	/**
	 * "Did not" and "never" when the subject is a person, a role or a team: "the
	 * maintainers did not revoke the token". A system's omission ("the staging build
	 * didn't hit this path") describes the system and is no finding; nor is what people
	 * knew, saw or expected.
	 */
	private static Rule personDidNot() {
		return Rule.of(COUNTERFACTUAL,
				"\\b(?:did" + NT + "|never)\\s+(?:(?:even|really|actually|once)\\s+)?" + KNOWING + "[a-z]+",
				EXPLANATION,
				"Write what the person did and what they were looking at, for example \"We restarted "
						+ "the workers because the dashboard showed them stuck\" rather than \"we didn't check the queue\".")
			.as("counterfactual.person-did-not",
					"\"did not\" or \"never\" with a person, role or team as the "
							+ "subject: an omission measured against hindsight")
			.when("did", "didn", "never")
			.unless((text, start, end) -> !Context.aboutPeople(text, start) || passive(text, start, end)
					|| ABOUT_THE_REVIEW.matcher(Context.rest(text, end)).find());
	}

	/**
	 * "What would have helped us see it?" asks the question a review should ask, and "the
	 * firmware change alone would have stayed a ticket" weighs one factor among several.
	 */
	private static boolean askingOrWeighing(String text, int start, int end) {
		List<String> before = Context.wordsBefore(text, start, 8);
		// "No test could have shown this" denies that it was knowable.
		boolean deniedPossibility = text.startsWith("could", start) && Context.negated(text, start);
		return deniedPossibility || QUESTION.matcher(text).region(Math.max(0, start - 120), start).find()
				|| before.contains("whether") || Context.reported(text, start)
				|| before.stream().anyMatch(ON_ITS_OWN::contains)
				|| ON_ITS_OWN_AFTER.matcher(text.substring(Math.max(0, start - 30), start)).find();
	}

	/** "Had never been tested": the thing is the subject, so it describes the thing. */
	private static boolean passive(String text, int start, int end) {
		return text.startsWith("never", start) && text.substring(start, end).endsWith("been");
	}

	private static Rule nobodyThought() {
		return Rule
			.of(COUNTERFACTUAL,
					"\\b(?:nobody|no\\s+one|no-one|none\\s+of\\s+us)\\s+(?:[\\w-]+\\s+){0,3}?"
							+ "(?:thought|bothered|remembered|cared|stopped)\\s+to\\b",
					EXPLANATION,
					"Describe what held people's attention instead, for example \"The second region showed no alerts, "
							+ "so the team worked on the first.\"")
			.as("counterfactual.nobody-thought-to", "\"nobody thought to\": an omission measured against hindsight")
			.when("nobody", "one", "none");
	}

	/** "If … had …", also contracted: "if we'd tested the failover". */
	private static Rule ifHad() {
		return Rule
			.of(COUNTERFACTUAL,
					"\\b(?:even\\s+)?if\\s+(?:only\\s+)?(?:(?:[\\w'’-]+\\s+){1,4}?had" + NT + "?\\s+\\w+"
							+ "|(?:[\\w-]+\\s+){0,3}?(?:we|i|you|he|she|they|it|someone|anyone)['’]d\\s+"
							+ "(?!(?:like|rather|love|prefer|want|better)\\b)[a-z]+)",
					EXPLANATION,
					"Describe the conditions as they were, for example \"The deploy had no canary stage, so all "
							+ "nodes got the change at once.\"")
			.as("counterfactual.if-had", "\"if … had …\" or \"if we'd …\": a world that did not happen")
			.when("if")
			.unless((text, start, end) -> ASKING.contains(Context.wordBefore(text, start)));
	}

	private static Rule hadWe() {
		return Rule
			.of(COUNTERFACTUAL,
					"(?:^|(?<=[.!?;,]\\s{0,3}))\\s*(?<f>had\\s+(?:we|they|he|she|i|you|someone|anyone|the\\s+\\w+)\\s+"
							+ "(?:not\\s+)?\\w+)",
					EXPLANATION,
					"Describe what was known and done at the time, for example \"We knew the disk was at "
							+ "80% but had no alert on its growth rate.\"")
			.as("counterfactual.had-we", "\"had we …\" at the start of a clause: a world that did not happen")
			.when("had");
	}

}
