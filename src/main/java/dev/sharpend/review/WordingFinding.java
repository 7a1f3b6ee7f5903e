package dev.sharpend.review;

import java.util.Locale;

import dev.sharpend.language.LanguageFinding;

/**
 * A finding of the blameless language review in one part of a review.
 *
 * @param where the part: a section code such as {@code summary}, or
 * {@code factor-12}/{@code mitigator-12}
 * @param label the part's name as people read it
 * @param finding what was found there
 */
public record WordingFinding(String where, String label, LanguageFinding finding) {

	/**
	 * What "keep as written" names: the part, the category and the wording. It stays the
	 * same while the wording stays, wherever in the text it moves.
	 */
	public String key() {
		return this.where + ":" + this.finding.category() + ":"
				+ this.finding.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
