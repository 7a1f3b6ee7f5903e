package dev.sharpend.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a match, within its clause, as the rules' vetoes and negation see
 * them.
 */
final class Context {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[.!?;:,\\n]");

	/** Words that end the clause a negation could reach into. */
	private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", ";", ":", ",", "\n", "but", "however",
			"although", "though", "while", "whereas", "so", "yet");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none", "neither", "nor",
			"without", "cannot", "hardly", "rather", "instead");

	/** How many words before a match a negation still applies to it. */
	private static final int NEGATION_REACH = 4;

	private static final int LOOK_BEHIND = 80;

	private Context() {
	}

	/**
	 * Up to {@code max} words (lower case, apostrophes as typed) before {@code start},
	 * nearest last, stopping at the start of the clause.
	 */
	static List<String> wordsBefore(String text, int start, int max) {
		Matcher matcher = WORD.matcher(text).region(Math.max(0, start - LOOK_BEHIND), start);
		List<String> words = new ArrayList<>();
		while (matcher.find()) {
			String word = matcher.group().toLowerCase(Locale.ROOT);
			if (CLAUSE_BREAKS.contains(word)) {
				words.clear();
			}
			else {
				words.add(word);
			}
		}
		return words.subList(Math.max(0, words.size() - max), words.size());
	}

	/** The word right before {@code start} in the same clause, or "". */
	static String wordBefore(String text, int start) {
		List<String> words = wordsBefore(text, start, 1);
		return words.isEmpty() ? "" : words.get(0);
	}

	/** The text after {@code end} up to the end of its sentence, lower case. */
	static String rest(String text, int end) {
		int stop = end;
		while (stop < text.length() && stop - end < LOOK_BEHIND && ".!?;\n".indexOf(text.charAt(stop)) < 0) {
			stop++;
		}
		return text.substring(end, stop).toLowerCase(Locale.ROOT);
	}

	/** Whether a negation ("not", "no", "wasn't", "rather than") shortly precedes it. */
	static boolean negated(String text, int start) {
		for (String word : wordsBefore(text, start, NEGATION_REACH)) {
			if (NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t")) {
				return true;
			}
		}
		return false;
	}

}
