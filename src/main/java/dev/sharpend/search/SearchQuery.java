package dev.sharpend.search;

import java.time.Instant;
import java.util.Set;

/**
 * What a person searches for; null or blank filters do not filter.
 *
 * @param text free text (words, "phrases", -exclusions); blank lists newest first
 * @param types only these document types, or empty for all the caller may read
 * @param severity an incident severity such as {@code SEV2}
 * @param component a component name
 * @param factorType a contributing factor type such as {@code technical}
 * @param status a status such as {@code resolved} or {@code open}
 * @param from only things that happened at or after this
 * @param to only things that happened before this
 * @param page the page, from 0
 * @param size hits per page
 */
public record SearchQuery(String text, Set<String> types, String severity, String component, String factorType,
		String status, Instant from, Instant to, int page, int size) {

	/**
	 * How deep into the ranking search pages go: every page up to the one asked for is
	 * collected and ranked, so the depth bounds the work one query can ask for.
	 */
	public static final int MAX_HITS = 10_000;

	/** The largest page size. */
	public static final int MAX_SIZE = 100;

	public SearchQuery {
		types = (types != null) ? Set.copyOf(types) : Set.of();
		size = Math.min(Math.max(1, size), MAX_SIZE);
		page = Math.min(Math.max(0, page), lastPage(size));
	}

	/** The last page of this size within {@link #MAX_HITS}, from 0. */
	public static int lastPage(int size) {
		return MAX_HITS / size - 1;
	}

	/** A query for this text alone, first page of 20. */
	public static SearchQuery text(String text) {
		return new SearchQuery(text, Set.of(), null, null, null, null, null, null, 0, 20);
	}

}
