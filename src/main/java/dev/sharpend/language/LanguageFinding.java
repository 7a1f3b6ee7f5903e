package dev.sharpend.language;

import org.springframework.modulith.NamedInterface;

/**
 * One stretch of wording the language review flags.
 *
 * @param start offset of the first flagged character, in Java chars of the reviewed text
 * @param end offset just after the last flagged character (exclusive)
 * @param text the flagged wording, exactly {@code reviewed.substring(start, end)}
 * @param category the {@link LanguageCategory#wireName() wire name} of the category
 * @param explanation why this wording hurts a blameless review
 * @param suggestion a concrete re-phrasing, or a question to ask instead
 * @param rule the stable name of the rule that fired, such as {@code hindsight.just}
 * @param matched what the rule matched, in words, such as "\"just\" minimizing a step"
 */
@NamedInterface("api")
public record LanguageFinding(int start, int end, String text, String category, String explanation, String suggestion,
		String rule, String matched) {
}
