package dev.sharpend.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Periods of time as sorted, non-overlapping spans, for counting the hours a provider and
 * our components were unwell at once.
 */
final class Spans {

	private final List<Span> spans;

	private Spans(List<Span> spans) {
		this.spans = spans;
	}

	/** The union of the periods, each clipped to {@code [from, to)}. */
	static Spans of(List<Span> periods, Instant from, Instant to) {
		List<Span> clipped = new ArrayList<>();
		for (Span s : periods) {
			Instant start = s.start().isBefore(from) ? from : s.start();
			Instant end = s.end().isAfter(to) ? to : s.end();
			if (start.isBefore(end)) {
				clipped.add(new Span(start, end));
			}
		}
		clipped.sort(Comparator.comparing(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span s : clipped) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !s.start().isAfter(last.end())) {
				merged.set(merged.size() - 1,
						new Span(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
			}
			else {
				merged.add(s);
			}
		}
		return new Spans(merged);
	}

	/** The time both cover. */
	Spans intersect(Spans other) {
		List<Span> both = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < this.spans.size() && j < other.spans.size()) {
			Span a = this.spans.get(i);
			Span b = other.spans.get(j);
			Instant start = a.start().isAfter(b.start()) ? a.start() : b.start();
			Instant end = a.end().isBefore(b.end()) ? a.end() : b.end();
			if (start.isBefore(end)) {
				both.add(new Span(start, end));
			}
			if (a.end().isBefore(b.end())) {
				i++;
			}
			else {
				j++;
			}
		}
		return new Spans(both);
	}

	Duration total() {
		return this.spans.stream()
			.map((s) -> Duration.between(s.start(), s.end()))
			.reduce(Duration.ZERO, Duration::plus);
	}

	List<Span> list() {
		return List.copyOf(this.spans);
	}

	/** A period from {@code start} (inclusive) to {@code end} (exclusive). */
	record Span(Instant start, Instant end) {
	}

}
