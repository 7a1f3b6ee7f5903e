package dev.sharpend.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.sharpend.provider.Spans.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpansTests {

	private static final Instant H0 = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void overlappingPeriodsCountOnceAndOnlyWithinTheWindow() {
		// 23:00 the day before to 02:00, 01:00 to 03:00, and 05:00 to 06:00; window from
		// 00:00 to 05:30
		Spans spans = Spans.of(List.of(span(-1, 2), span(1, 3), span(5, 6)), H0, at(5.5));
		assertThat(spans.list()).containsExactly(span(0, 3), span(5, 5.5));
		assertThat(spans.total()).isEqualTo(Duration.ofMinutes(210));
	}

	@Test
	void intersectionIsTheTimeBothWereUnwell() {
		Spans provider = Spans.of(List.of(span(0, 4), span(6, 8)), H0, at(24));
		Spans ours = Spans.of(List.of(span(1, 2), span(3, 7), span(9, 10)), H0, at(24));
		assertThat(provider.intersect(ours).list()).containsExactly(span(1, 2), span(3, 4), span(6, 7));
		assertThat(provider.intersect(ours).total()).isEqualTo(Duration.ofHours(3));
	}

	private static Span span(double from, double to) {
		return new Span(at(from), at(to));
	}

	private static Instant at(double hours) {
		return H0.plusSeconds((long) (hours * 3600));
	}

}
