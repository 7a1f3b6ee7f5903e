package dev.sharpend.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a match, within its clause, as the rules' vetoes and negation see
 * them: what comes before and after, whether it is negated, and who the clause is about.
 */
final class Context {

	private static final Pattern WORD = Pattern
		.compile("@?[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*(?:['’][\\p{L}]+)?|[.!?;:,\\n]");

	/** Words that end the clause a negation could reach into. */
	private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", ";", ":", ",", "\n", "but", "however",
			"although", "though", "while", "whereas", "so", "yet", "because", "since", "when", "and", "or");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none", "neither", "nor",
			"without", "cannot", "hardly", "rather", "instead");

	/**
	 * Words between a subject and the word a rule looks at: auxiliaries, negations and
	 * adverbs ("the team had also not …").
	 */
	private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("did", "didn't", "didn’t", "does", "do",
			"doesn't", "don't", "was", "were", "is", "are", "had", "has", "have", "hadn't", "would", "could", "should",
			"will", "can", "may", "might", "must", "not", "never", "just", "simply", "then", "also", "still", "again",
			"only", "really", "even", "ever", "already", "initially", "clearly", "obviously", "evidently", "of",
			"course", "unfortunately", "apparently", "later", "first", "mostly");

	/** Prepositions that attach a phrase to the subject: "the author of the change". */
	private static final Set<String> PREPOSITIONS = Set.of("of", "on", "in", "from", "at", "for", "with");

	/** Nouns and pronouns for people, roles and groups of people. */
	private static final Set<String> PEOPLE = Set.of("i", "we", "you", "he", "she", "they", "someone", "somebody",
			"anyone", "anybody", "nobody", "everyone", "everybody", "us", "me", "him", "her", "them", "team", "teams",
			"engineer", "engineers", "operator", "operators", "developer", "developers", "dev", "devs", "maintainer",
			"maintainers", "reviewer", "reviewers", "author", "authors", "admin", "admins", "administrator",
			"administrators", "sysadmin", "sysadmins", "responder", "responders", "commander", "sre", "sres", "dba",
			"dbas", "deployer", "approver", "approvers", "tester", "testers", "intern", "interns", "hire", "person",
			"people", "staff", "support", "ops", "on-call", "oncall", "manager", "managers", "lead", "leads", "owner",
			"owners", "contributor", "contributors", "committer", "committers", "volunteer", "volunteers", "technician",
			"technicians", "human", "humans", "colleague", "colleagues", "member", "members", "crew", "releaser",
			"analyst", "analysts", "employee", "employees", "partner", "partners", "architect", "architects",
			"facilitator", "coordinator");

	private static final Set<String> REPORTING = Set.of("said", "says", "wrote", "writes", "argued", "argues", "felt",
			"feels", "told", "suggested", "explained", "believed", "believes", "recalled", "recalls");

	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "this", "that", "its", "their",
			"these", "those", "each", "every", "some", "any");

	private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

	private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");

	/** How many words before a match a negation still applies to it. */
	private static final int NEGATION_REACH = 4;

	/** Verbs that act on a cause, so a negation before them does not deny the cause. */
	private static final Set<String> REMEDIES = Set.of("fix", "fixed", "address", "addressed", "solve", "solved",
			"resolve", "resolved", "remedy", "correct", "corrected", "tackle", "tackled", "treat", "eliminate",
			"remove", "removed", "mitigate", "mitigated", "touch", "cure", "change", "changed");

	private static final int LOOK_BEHIND = 80;

	private Context() {
	}

	/**
	 * Up to {@code max} words (lower case, apostrophes as typed) before {@code start},
	 * nearest last, stopping at the start of the clause.
	 */
	static List<String> wordsBefore(String text, int start, int max) {
		List<String> words = clauseBefore(text, start);
		return words.subList(Math.max(0, words.size() - max), words.size());
	}

	private static List<String> clauseBefore(String text, int start) {
		List<String> words = new ArrayList<>();
		int i = Math.max(0, start - LOOK_BEHIND);
		while (i < start) {
			int end = wordEnd(text, i, start);
			if (end > i) {
				String word = text.substring(i, end);
				if (CLAUSE_BREAKS.contains(word)) {
					words.clear();
				}
				else {
					words.add(word);
				}
				i = end;
			}
			else {
				if (".!?;:,\n".indexOf(text.charAt(i)) >= 0) {
					words.clear();
				}
				i++;
			}
		}
		return words;
	}

	/**
	 * Where the word starting at {@code i} ends (before {@code limit}), or {@code i} when
	 * none starts there. A word is what {@link #WORD} matches: an optional "@", a letter
	 * or digit, then letters, digits, "_" and "-", and one apostrophe with letters
	 * ("didn't"). Scanned by hand: the rules' vetoes call this for every match.
	 */
	private static int wordEnd(String text, int i, int limit) {
		int j = i;
		if (text.charAt(j) == '@') {
			j++;
		}
		if (j >= limit || !Character.isLetterOrDigit(text.charAt(j))) {
			return i;
		}
		j++;
		while (j < limit
				&& (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) {
			j++;
		}
		if (j + 1 < limit && (text.charAt(j) == '\'' || text.charAt(j) == '’')
				&& Character.isLetter(text.charAt(j + 1))) {
			j++;
			while (j < limit && Character.isLetter(text.charAt(j))) {
				j++;
			}
		}
		return j;
	}

	/** Whether {@code pattern} matches right after {@code end}, within 40 characters. */
	static boolean followedBy(Pattern pattern, String text, int end) {
		return pattern.matcher(text).region(end, Math.min(text.length(), end + 40)).find();
	}

	/** The word right before {@code start} in the same clause, or "". */
	static String wordBefore(String text, int start) {
		List<String> words = wordsBefore(text, start, 1);
		return words.isEmpty() ? "" : words.get(0);
	}

	/** The word right after {@code end}, lower case, or "". */
	static String wordAfter(String text, int end) {
		Matcher matcher = WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
		return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : "";
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
			if (isNegation(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a negation denies the phrase itself ("no single root cause", "we did not
	 * find a root cause") rather than a remedy applied to it ("did not fix the root
	 * cause", which still names one cause).
	 */
	static boolean phraseNegated(String text, int start) {
		List<String> words = wordsBefore(text, start, NEGATION_REACH);
		for (int i = words.size() - 1; i >= 0; i--) {
			String word = words.get(i);
			if (REMEDIES.contains(word)) {
				return false;
			}
			if (isNegation(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNegation(String word) {
		return NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t");
	}

	/**
	 * The head word of the clause's subject before {@code start}: auxiliaries, adverbs
	 * and negations are skipped, a prepositional phrase leads back to its noun ("the
	 * author of the change" gives "author"), and a one-letter or numbered name to the
	 * noun it names ("team A" gives "team"). Empty when the clause has no words before
	 * the verb.
	 */
	static String subject(String text, int start) {
		List<String> words = clauseBefore(text, start);
		int relative = relativeClause(words);
		if (relative > 0) {
			return words.get(relative - 1);
		}
		int i = words.size() - 1;
		while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(words.get(i))) {
			i--;
		}
		if (i < 0) {
			return "";
		}
		for (int back = i - 1; back >= Math.max(1, i - 3); back--) {
			if (PREPOSITIONS.contains(words.get(back))) {
				i = back - 1;
				break;
			}
		}
		String head = words.get(i);
		if (i > 0 && (head.length() == 1 || head.chars().allMatch(Character::isDigit))) {
			head = words.get(i - 1);
		}
		return head;
	}

	/**
	 * Where a relative clause starts that follows the subject at the start of the clause
	 * ("the engineers who set up the reflectors never …", "the team that ran the script
	 * didn't …"), so that the subject is the noun before it; -1 when there is none. The
	 * pronoun must itself be the relative clause's subject ("who set", "that ran"): in
	 * "the fact that we never …" the clause is about "we".
	 */
	private static int relativeClause(List<String> words) {
		if (words.isEmpty() || !DETERMINERS.contains(words.get(0))) {
			return -1;
		}
		for (int r = 2; r <= Math.min(4, words.size() - 2); r++) {
			if (RELATIVE_PRONOUNS.contains(words.get(r))) {
				String next = words.get(r + 1);
				boolean ownSubject = DETERMINERS.contains(next) || SUBJECT_PRONOUNS.contains(next);
				return ownSubject ? -1 : r;
			}
		}
		return -1;
	}

	/**
	 * Whether the sentence reports what someone said or explained ("one engineer said he
	 * would have waited"): like a quotation, the review reports it and does not flag it.
	 */
	static boolean reported(String text, int start) {
		int from = Math.max(Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n\n", start)), start - 400);
		int i = Math.max(0, from);
		while (i < start) {
			int end = wordEnd(text, i, start);
			if (end > i && REPORTING.contains(text.substring(i, end))) {
				return true;
			}
			i = Math.max(end, i + 1);
		}
		return false;
	}

	/**
	 * Whether the clause before {@code start} is about a thing: its subject is a noun
	 * after a determiner ("the deploy", "our CI") that names no person, role or team. A
	 * bare name ("John") is not taken for a thing.
	 */
	static boolean aboutThing(String text, int start) {
		String subject = subject(text, start);
		if (subject.isEmpty() || PEOPLE.contains(subject) || subject.startsWith("@")) {
			return false;
		}
		for (String word : clauseBefore(text, start)) {
			if (DETERMINERS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the clause before {@code start} is about a person, a role or a team. "They"
	 * and "them" stand for the previous sentence's subject when that is a thing ("The
	 * scripts read the files. They did not try to persist.").
	 */
	static boolean aboutPeople(String text, int start) {
		String subject = subject(text, start);
		if ((subject.equals("they") || subject.equals("them")) && previousSentenceAboutThings(text, start)) {
			return false;
		}
		return PEOPLE.contains(subject) || subject.startsWith("@");
	}

	/**
	 * Whether the sentence before the one at {@code start} starts with a thing as
	 * subject.
	 */
	private static boolean previousSentenceAboutThings(String text, int start) {
		int end = text.lastIndexOf(". ", start);
		if (end < 0) {
			return false;
		}
		int from = Math.max(text.lastIndexOf(". ", end - 1) + 2, text.lastIndexOf('\n', end) + 1);
		Matcher matcher = WORD.matcher(text).region(from, end);
		List<String> words = new ArrayList<>();
		while (words.size() < 4 && matcher.find()) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		if (words.size() < 2 || !DETERMINERS.contains(words.get(0))) {
			return false;
		}
		return words.stream().skip(1).noneMatch(PEOPLE::contains);
	}

}
