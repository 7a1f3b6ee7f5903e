package dev.sharpend.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The blameless language review: finds counterfactual, hindsight, blaming, single-cause
 * and "why" wording, and people (given names or handles) named as the subject of a
 * failure. Rules are deterministic; each finding names the rule that fired, what it
 * matched, why the wording hurts and what to write instead.
 * <p>
 * Quoted text (double quotes, inline code, {@code > } lines, chat transcript lines such
 * as {@code [12:03] alice: …}) is what someone said at the time and is never flagged.
 * Negated statements ("this was not a root cause", "it wasn't human error") are not
 * flagged. A stretch of text gets at most one finding: the most specific (a named person
 * before blame, blame before hindsight, hindsight before a plain counterfactual).
 */
@Component
@NamedInterface("api")
public class LanguageReview {

	private final List<Rule> rules = Stream
		.of(List.of(NamedPersonRule.handles()), JudgementRules.blame(), HindsightRules.all(),
				JudgementRules.causesAndQuestions(), CounterfactualRules.all())
		.flatMap(List::stream)
		.toList();

	private final Ruleset withoutPeople = new Ruleset(this.rules, Triggers.of(this.rules));

	private static final int PEOPLE_KEPT = 64;

	private final Map<List<String>, Ruleset> byPeople = new ConcurrentHashMap<>();

	/**
	 * Reviews {@code text}.
	 * @param text the text to review; null is treated as empty
	 * @param people names of the people involved (full names or first names); may be
	 * empty or null
	 * @return the findings in the order they appear, none overlapping
	 */
	public List<LanguageFinding> review(String text, Collection<String> people) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String lower = lowerCase(text);
		QuotedSpans quoted = QuotedSpans.of(lower);
		Ruleset ruleset = rulesFor(people);
		List<Rule> rules = ruleset.rules();
		Triggers triggers = ruleset.triggers();
		List<Candidate> candidates = new ArrayList<>();
		// One matcher per rule for the whole text, moved from sentence to sentence.
		Matcher[] matchers = new Matcher[rules.size()];
		for (Sentences.Span sentence : Sentences.of(lower)) {
			triggers.forEachRule(lower, sentence, (index) -> {
				if (matchers[index] == null) {
					matchers[index] = rules.get(index)
						.pattern()
						.matcher(lower)
						.useTransparentBounds(true)
						.useAnchoringBounds(false);
				}
				collect(rules.get(index), index, lower, matchers[index].region(sentence.start(), sentence.end()),
						quoted, candidates);
			});
		}
		return resolveOverlaps(candidates).stream()
			.map((c) -> new LanguageFinding(c.start(), c.end(), text.substring(c.start(), c.end()),
					c.rule().category().wireName(), c.rule().explanation(), c.rule().suggestion(), c.rule().id(),
					c.rule().shape()))
			.toList();
	}

	/** Lower case char by char, so that offsets stay those of the original text. */
	static String lowerCase(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	/**
	 * The rules and their triggers for these people: the named-person rule (when people
	 * are given) first, as it is the most specific. Kept for the last few sets of people,
	 * since a review's sections are checked one after the other with the same people.
	 */
	private Ruleset rulesFor(Collection<String> people) {
		if (people == null || people.isEmpty()) {
			return this.withoutPeople;
		}
		List<String> key = List.copyOf(people.stream().filter(Objects::nonNull).toList());
		Ruleset cached = this.byPeople.get(key);
		if (cached == null) {
			List<Rule> all = new ArrayList<>();
			NamedPersonRule.of(key).ifPresent(all::add);
			all.addAll(this.rules);
			cached = new Ruleset(all, Triggers.of(all));
			if (this.byPeople.size() >= PEOPLE_KEPT) {
				this.byPeople.clear();
			}
			this.byPeople.put(key, cached);
		}
		return cached;
	}

	private record Ruleset(List<Rule> rules, Triggers triggers) {
	}

	/**
	 * The rule's matches in the matcher's region, one sentence. The matcher has
	 * transparent bounds, so look-behinds and the rules' vetoes see the text around the
	 * sentence, and no anchoring bounds, so "^" still means the start of a line.
	 */
	private static void collect(Rule rule, int priority, String text, Matcher matcher, QuotedSpans quoted,
			List<Candidate> into) {
		while (matcher.find()) {
			int start = rule.start(matcher);
			int end = rule.end(matcher);
			if (end > start && !quoted.overlaps(start, end) && !rule.veto().applies(text, start, end)
					&& !(rule.negatable() && Context.negated(text, start))) {
				into.add(new Candidate(rule, priority, start, end));
			}
		}
	}

	/** Keeps the most specific finding where several cover the same words. */
	private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
		candidates.sort(Comparator.comparingInt(Candidate::priority).thenComparingInt(Candidate::start));
		List<Candidate> kept = new ArrayList<>();
		BitSet covered = new BitSet();
		for (Candidate candidate : candidates) {
			int taken = covered.nextSetBit(candidate.start());
			if (taken < 0 || taken >= candidate.end()) {
				kept.add(candidate);
				covered.set(candidate.start(), candidate.end());
			}
		}
		kept.sort(Comparator.comparingInt(Candidate::start));
		return kept;
	}

	private record Candidate(Rule rule, int priority, int start, int end) {
	}

}
