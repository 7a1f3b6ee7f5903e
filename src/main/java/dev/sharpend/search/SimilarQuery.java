package dev.sharpend.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A "more like this" look-up: documents of one type whose text is like the given text,
 * and which share weighted keyword values. A document's score is the sum of the weights
 * of the values it shares plus its text likeness, so a large weight ranks any document
 * sharing that value above every document that does not. Built from
 * {@link #of(String, int)} and the withers.
 *
 * @param type the document type to look among
 * @param like text per text field that hits should resemble
 * @param shared keyword values that count towards a hit's score when it has them
 * @param excluded ids (within the type) never returned
 * @param notAfter only documents that occurred at or before this, or {@code null}
 * @param limit the most hits returned
 */
@NamedInterface("api")
public record SimilarQuery(String type, List<LikeText> like, List<SharedValue> shared, Set<String> excluded,
		@Nullable Instant notAfter, int limit) {

	public SimilarQuery {
		like = List.copyOf(like);
		shared = List.copyOf(shared);
		excluded = Set.copyOf(excluded);
		limit = Math.max(1, limit);
	}

	/** Up to {@code limit} documents of this type; add text and values to be like. */
	public static SimilarQuery of(String type, int limit) {
		return new SimilarQuery(type, List.of(), List.of(), Set.of(), null, limit);
	}

	/** Hits should have text like this in this text field. */
	public SimilarQuery like(SearchField field, String text) {
		List<LikeText> more = new ArrayList<>(this.like);
		more.add(new LikeText(field, text));
		return new SimilarQuery(this.type, more, this.shared, this.excluded, this.notAfter, this.limit);
	}

	/** A hit having this value in this keyword field scores this much more. */
	public SimilarQuery shared(SearchField field, String value, float weight) {
		List<SharedValue> more = new ArrayList<>(this.shared);
		more.add(new SharedValue(field, value, weight));
		return new SimilarQuery(this.type, this.like, more, this.excluded, this.notAfter, this.limit);
	}

	/** Never returns the document of this id. */
	public SimilarQuery excluding(String id) {
		Set<String> more = new HashSet<>(this.excluded);
		more.add(id);
		return new SimilarQuery(this.type, this.like, this.shared, more, this.notAfter, this.limit);
	}

	/** Returns only documents that occurred at or before this. */
	public SimilarQuery notAfter(Instant at) {
		return new SimilarQuery(this.type, this.like, this.shared, this.excluded, at, this.limit);
	}

	/**
	 * @param field a text field
	 * @param text the text to resemble
	 */
	public record LikeText(SearchField field, String text) {

		public LikeText {
			if (!field.text()) {
				throw new IllegalArgumentException(field + " holds keywords, not text");
			}
		}

	}

	/**
	 * @param field a keyword field
	 * @param value the value, matched ignoring case
	 * @param weight what having it adds to the score
	 */
	public record SharedValue(SearchField field, String value, float weight) {

		public SharedValue {
			if (field.text()) {
				throw new IllegalArgumentException(field + " holds text, not keywords");
			}
		}

	}

}
