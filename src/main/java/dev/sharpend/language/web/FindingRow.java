package dev.sharpend.language.web;

import dev.sharpend.language.LanguageCategory;
import dev.sharpend.language.LanguageFinding;

/**
 * A finding as the page shows it: the flagged words with a little of the text around
 * them, a category label, the explanation, the suggestion, and the rule that fired with
 * what it matched.
 */
record FindingRow(String before, String flagged, String after, String category, String label, String explanation,
		String suggestion, String rule, String matched) {

	private static final int CONTEXT = 40;

	static FindingRow of(String text, LanguageFinding finding) {
		int from = Math.max(0, finding.start() - CONTEXT);
		int to = Math.min(text.length(), finding.end() + CONTEXT);
		String before = ((from > 0) ? "…" : "") + text.substring(from, finding.start()).stripLeading();
		String after = text.substring(finding.end(), to).stripTrailing() + ((to < text.length()) ? "…" : "");
		return new FindingRow(before, finding.text(), after, finding.category(), label(finding.category()),
				finding.explanation(), finding.suggestion(), finding.rule(), finding.matched());
	}

	private static String label(String category) {
		return switch (LanguageCategory.fromWireName(category).orElseThrow()) {
			case COUNTERFACTUAL -> "Counterfactual";
			case HINDSIGHT -> "Hindsight";
			case BLAME -> "Blame";
			case SINGLE_CAUSE -> "Single cause";
			case WHY_QUESTION -> "\"Why\" question";
			case NAMED_PERSON -> "Person named in a failure";
		};
	}

}
