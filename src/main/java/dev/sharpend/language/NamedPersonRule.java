package dev.sharpend.language;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.sharpend.language.LanguageCategory.NAMED_PERSON;

/**
 * Finds the given people as the subject of a failure ("Alice forgot", "Bob, who was on
 * call, missed the page", "Alice's mistake"). Built per review, since the people differ.
 */
final class NamedPersonRule {

	private static final String NT = "(?:n['’]t|\\s+not)";

	private static final String FAILURE_WORDS = "(?:mistake|error|fault|oversight|slip|blunder|typo|carelessness"
			+ "|negligence|screw-?up|mess|lapse|misconfiguration)s?";

	private static final String CHANGES = "(?:change|commit|deploy|deployment|pr|pull\\s+request|push|script|query"
			+ "|migration|config|edit|patch)";

	private static final String ADVERBS = "(?:(?:had|has|then|also|accidentally|completely|simply|just|clearly"
			+ "|obviously|totally|again|apparently|somehow|probably|unfortunately)\\s+){0,2}";

	/**
	 * What doing something "without" leaves out that is no omission: "without losing
	 * data".
	 */
	private static final String HARMLESS = "(?:losing|dropping|breaking|interrupting|affecting|disturbing|causing"
			+ "|needing|requiring|any)\\b";

	/**
	 * Things people do "by accident" that are luck rather than a slip: "found it by
	 * accident".
	 */
	private static final String LUCKY = "(?:found|discovered|noticed|spotted|learned|learnt|saw|came|stumbled|met"
			+ "|heard)\\b";

	private static final String VERBS = "(?:broke|forgot|missed|failed(?!\\s+over\\b)|ignored|messed\\s+up"
			+ "|screwed\\s+up|caused|skipped|overlooked|neglected|botched|fumbled|misconfigured|mistyped|misread"
			+ "|fat-?fingered|dropped\\s+the\\s+ball|took\\s+down|brought\\s+down|made\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?"
			+ "(?:mistake|error|blunder)|was\\s+(?:careless|sloppy|negligent|lazy|to\\s+blame|at\\s+fault)" + "|did"
			+ NT + "\\s+(?!(?:break|cause|miss|forget|fail|ignore|skip|do\\s+anything\\s+wrong|mess|know"
			+ "|expect|have|get|receive|hear|see\\s+the\\s+page)\\b)\\w+"
			+ "|never\\s+(?!(?:broke|caused|missed|forgot|failed|knew|expected|had|got|received|heard)\\b)\\w+"
			+ "|should" + NT + "?\\s+have|should['’]ve|could\\s+have|could['’]ve"
			+ "|[a-z]+ed\\s+(?:it|them|this|that|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+without\\s+(?:a\\s+(?:second\\s+)?look"
			+ "|(?!" + HARMLESS + ")[a-z]+ing)|(?:accidentally|mistakenly|inadvertently|wrongly)\\s+[a-z]+" + "|(?!"
			+ LUCKY + ")[a-z]+\\s+(?:[\\w-]+\\s+){0,4}?(?:by\\s+(?:accident|mistake)|in\\s+error))\\b";

	private static final String EXPLANATION = "Naming a person as the subject of a failure puts the focus on who "
			+ "instead of how. The same action made sense to them at the time; the review needs to find out why.";

	private static final String SUGGESTION = "Describe the action and its context instead of the person, for example "
			+ "\"The deploy at 14:02 removed the flag; the diff did not show it\", and ask what they saw and expected "
			+ "then.";

	private NamedPersonRule() {
	}

	/** The rule for these people, or empty when no usable name is given. */
	static Optional<Rule> of(Collection<String> people) {
		Set<String> names = names(people);
		if (names.isEmpty()) {
			return Optional.empty();
		}
		String alternatives = names.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		String regex = "(?<![\\w@-])@?(?<f>(?:" + alternatives + ")(?:['’]s\\s+(?:\\w+\\s+)?(?:" + FAILURE_WORDS + "|"
				+ CHANGES + "\\s+" + VERBS + ")|(?:\\s*,[^,.;\\n]{1,60},)?\\s+" + ADVERBS + VERBS + "))";
		return Optional.of(Rule.of(NAMED_PERSON, regex, EXPLANATION, SUGGESTION)
			.as("named_person.name", "one of the review's people named as the subject of a failure")
			.when(names.stream().map(NamedPersonRule::firstWord).toArray(String[]::new))
			.unlessNegated());
	}

	/**
	 * Handles ("@jdoe merged it without a second look") name a person whether or not they
	 * are among the review's people, so this rule is always on.
	 */
	static Rule handles() {
		String regex = "(?<![\\w@-])(?<f>@[a-z0-9][\\w.-]{0,38}(?<![.-])(?:\\s*,[^,.;\\n]{1,60},)?\\s+" + ADVERBS
				+ VERBS + ")";
		return Rule.of(NAMED_PERSON, regex, EXPLANATION, SUGGESTION)
			.as("named_person.handle", "a handle (@name) as the subject of a failure")
			.when("@")
			.unlessNegated();
	}

	/**
	 * The first run of letters and digits of a name, as sentences are split into words.
	 */
	private static String firstWord(String name) {
		int from = 0;
		while (from < name.length() && !Character.isLetterOrDigit(name.charAt(from))) {
			from++;
		}
		int to = from;
		while (to < name.length() && Character.isLetterOrDigit(name.charAt(to))) {
			to++;
		}
		return name.substring(from, to);
	}

	/** Each full name and its first word ("Alice Chen" is also "Alice"). */
	private static Set<String> names(Collection<String> people) {
		Set<String> names = new LinkedHashSet<>();
		if (people == null) {
			return names;
		}
		for (String person : people) {
			String name = (person != null) ? LanguageReview.lowerCase(person.strip().replaceAll("\\s+", " ")) : "";
			if (name.startsWith("@")) {
				name = name.substring(1);
			}
			if (name.length() >= 2) {
				names.add(name);
				String first = name.split(" ")[0];
				if (first.length() >= 2) {
					names.add(first);
				}
			}
		}
		return names;
	}

}
