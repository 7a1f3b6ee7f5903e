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

	private static final String EXPLANATION = "A counterfactual describes what did not happen. It measures people "
			+ "against knowledge they only had afterwards and hides what actually shaped their actions at the time.";

	/**
	 * "Should have an owner": have as a main verb, a recommendation rather than a
	 * counterfactual.
	 */
	private static final String MAIN_VERB_HAVE = "(?!\\s+(?:an?|the|no|any|some|more|less|enough|its|their|our|one|two"
			+ "|several|access|time)\\b)";

	/** Verbs that say what people knew or received, which a review wants told. */
	private static final String KNOWING = "(?!(?:know|knew|expect|expected|think|thought|understand|understood|have|had"
			+ "|get|got|receive|received|hear|heard|need|needed|want|wanted|mean|meant|intend|intended|anticipate"
			+ "|anticipated|realise|realised|realize|realized|seem|seemed|notice\\s+anything\\s+unusual)\\b)";

	/**
	 * Asking whether something had happened is a fact-finding question, not a
	 * counterfactual.
	 */
	private static final Set<String> ASKING = Set.of("check", "checked", "checking", "checks", "ask", "asked", "asking",
			"see", "saw", "know", "knew", "verify", "verified", "confirm", "confirmed", "wonder", "wondered", "tell",
			"unclear", "sure", "look", "looked", "find", "found", "investigate", "investigated");

	private CounterfactualRules() {
	}

	static List<Rule> all() {
		return List.of(shouldHave(), ifOnly(), failedTo(), personDidNot(), ifHad(), hadWe());
	}

	private static Rule shouldHave() {
		return Rule.of(COUNTERFACTUAL,
				"\\b(?:(?:should|would)" + NT + "?\\s+have|could\\s+have|ought" + NT
						+ "?\\s+to\\s+have|(?:should|would|could)['’]ve)\\b" + MAIN_VERB_HAVE,
				EXPLANATION,
				"Describe what did happen and what made it make sense then, for example \"The runbook "
						+ "pointed to the cache, so we restarted it first.\" Or ask: \"What would have helped us see "
						+ "this sooner?\"");
	}

	private static Rule ifOnly() {
		return Rule.of(COUNTERFACTUAL, "\\bif\\s+only\\b", EXPLANATION,
				"Say what was in the way instead, for example \"The check ran only nightly, so the change went out "
						+ "untested.\"");
	}

	private static Rule failedTo() {
		return Rule.of(COUNTERFACTUAL, "\\b(?:" + PERSON + "\\s+(?:\\w+\\s+)?failed\\s+to\\b|failed\\s+to\\s+"
				+ "(?:notice|check|see|spot|catch|follow|verify|test|read|update|escalate|communicate|inform|notify"
				+ "|page|acknowledge|ack|respond|review|consider|realise|realize|recognise|recognize|mention|ask"
				+ "|report|act|react|roll\\s+back|monitor|look|confirm|document|heed|raise|flag|double-check)\\b)",
				EXPLANATION, "Describe what the person did and saw instead, for example \"The alert went to a "
						+ "channel nobody watched at night\" rather than \"the engineer failed to respond\".");
	}

	private static Rule personDidNot() {
		return Rule.of(COUNTERFACTUAL,
				"\\b" + PERSON + "\\s+(?:(?:just|simply|then|also|still)\\s+)?(?:did" + NT + "|never)\\s+" + KNOWING
						+ "\\w+",
				EXPLANATION, "Write what the person did and what they were looking at, for example \"We restarted "
						+ "the workers because the dashboard showed them stuck\" rather than \"we didn't check the queue\".");
	}

	private static Rule ifHad() {
		return Rule
			.of(COUNTERFACTUAL, "\\b(?:even\\s+)?if\\s+(?:only\\s+)?(?:[\\w'’-]+\\s+){1,4}?had" + NT + "?\\s+\\w+",
					EXPLANATION,
					"Describe the conditions as they were, for example \"The deploy had no canary stage, so all "
							+ "nodes got the change at once.\"")
			.unless((text, start, end) -> ASKING.contains(Context.wordBefore(text, start)));
	}

	private static Rule hadWe() {
		return Rule.of(COUNTERFACTUAL,
				"(?:^|(?<=[.!?;,]\\s{0,3}))\\s*(?<f>had\\s+(?:we|they|he|she|i|you|someone|anyone|the\\s+\\w+)\\s+"
						+ "(?:not\\s+)?\\w+)",
				EXPLANATION, "Describe what was known and done at the time, for example \"We knew the disk was at "
						+ "80% but had no alert on its growth rate.\"");
	}

}
