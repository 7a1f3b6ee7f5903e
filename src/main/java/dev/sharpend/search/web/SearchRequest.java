package dev.sharpend.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sharpend.search.SearchQuery;
import dev.sharpend.system.RequestRejected;

/**
 * The search parameters as the API and the page take them; dates are days (UTC,
 * {@code to} inclusive) or instants.
 */
record SearchRequest(String q, String type, String severity, String component, String factorType, String status,
		String from, String to, Integer page, Integer size) {

	static final int DEFAULT_SIZE = 20;

	SearchQuery toQuery() {
		int p = (this.page != null) ? this.page : 0;
		int s = (this.size != null) ? this.size : DEFAULT_SIZE;
		if (s < 1 || s > SearchQuery.MAX_SIZE) {
			throw RequestRejected.invalid("size", "size must be between 1 and " + SearchQuery.MAX_SIZE + ".");
		}
		if (p < 0 || p > SearchQuery.lastPage(s)) {
			throw RequestRejected.invalid("page",
					"page must be between 0 and " + SearchQuery.lastPage(s) + " for size " + s
							+ ": search shows the first " + SearchQuery.MAX_HITS
							+ " hits, so narrow the search to see others.");
		}
		return new SearchQuery(this.q, types(), this.severity, this.component, this.factorType, this.status,
				time("from", this.from, false), time("to", this.to, true), p, s);
	}

	private Set<String> types() {
		if (this.type == null || this.type.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(this.type.split(","))
			.map(String::strip)
			.filter((t) -> !t.isEmpty())
			.collect(Collectors.toSet());
	}

	private static Instant time(String field, String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field,
					field + " must be a day such as 2026-11-24 or an instant such as 2026-11-24T10:00:00Z.");
		}
	}

	/** Whether any filter is set besides the text. */
	boolean filtered() {
		return Arrays.asList(this.type, this.severity, this.component, this.factorType, this.status, this.from, this.to)
			.stream()
			.anyMatch((v) -> v != null && !v.isBlank());
	}

}
