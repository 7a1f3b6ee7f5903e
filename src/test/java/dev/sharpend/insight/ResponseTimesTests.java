package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to acknowledge and to resolve on a constructed set of groups. Every group opens at
 * {@code T} and, when paged, is first paged one minute later.
 */
class ResponseTimesTests {

	private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

	private static final Instant PAGED = T.plusSeconds(60);

	@Test
	void measuresFirstPageToFirstAcknowledgementAndLeavesOutGroupsThatClearedFirst() {
		List<GroupHistory> groups = List.of(
				// acknowledged before the first page went out: 0
				group(1).acknowledged(T.plusSeconds(30)).paged(PAGED).resolvedByHand(T.plusSeconds(600)),
				// 1 min, 3 min, 12 min, 45 min after the first page; the second page and
				// the
				// second acknowledgement change nothing
				group(2).paged(PAGED.plusSeconds(120))
					.acknowledged(after(1))
					.acknowledged(after(2))
					.resolvedBySelf(T.plusSeconds(1200)),
				group(3).acknowledged(after(3)).resolvedByHand(T.plusSeconds(1800)),
				group(4).acknowledged(after(12)).resolvedByHand(T.plusSeconds(2400)),
				group(5).acknowledged(after(45)).resolvedByHand(T.plusSeconds(3600)),
				// cleared by themselves 30 s and 40 s after the page, before anyone
				// acknowledged:
				// had they counted, the sorted set would be 0, 30 s, 40 s, 1, 3, 12, 20,
				// 45 min
				// and p50 (rank 4) would be 1 min instead of 3
				group(6).resolvedBySelf(PAGED.plusSeconds(30)), group(11).resolvedBySelf(PAGED.plusSeconds(40)),
				// acknowledged at the instant it resolved by itself: the acknowledgement
				// counts
				group(7).acknowledged(after(20)).resolvedBySelf(after(20)),
				// paged, resolved by hand without an acknowledgement; and one still open
				group(8).resolvedByHand(T.plusSeconds(900)), group(9),
				// never paged
				GroupHistory.opened(10, "HighLatency", T).resolvedByHand(T.plusSeconds(300)));

		ResponseTimes times = ResponseTimes.of(groups);

		// acknowledged: 0, 1, 3, 12, 20, 45 min (n = 6)
		// p50: rank ceil(0.5 × 6) = 3 → 3 min; p95: rank ceil(5.7) = 6 → 45 min
		assertThat(times.toAcknowledge().count()).isEqualTo(6);
		assertThat(times.toAcknowledge().p50()).contains(Duration.ofMinutes(3));
		assertThat(times.toAcknowledge().p95()).contains(Duration.ofMinutes(45));
		assertThat(times.autoResolvedBeforeAcknowledgement()).isEqualTo(2);
		assertThat(times.neverAcknowledged()).isEqualTo(2);
		assertThat(times.notPaged()).isEqualTo(1);

		// resolve, from opening, every resolved group but groups 6 and 11:
		// 10, 20, 30, 40, 60, 21 (group 7: 1 + 20 min), 15, 5 min → sorted 5 10 15 20 21
		// 30 40 60
		// p50: rank 4 → 20 min; p95: rank ceil(7.6) = 8 → 60 min
		assertThat(times.toResolve().count()).isEqualTo(8);
		assertThat(times.toResolve().p50()).contains(Duration.ofMinutes(20));
		assertThat(times.toResolve().p95()).contains(Duration.ofMinutes(60));
		// cleared by themselves: groups 6 and 11, 90 s and 100 s after opening
		// p50: rank 1 → 90 s; p95: rank ceil(1.9) = 2 → 100 s
		assertThat(times.toClearBySelf().count()).isEqualTo(2);
		assertThat(times.toClearBySelf().p50()).contains(Duration.ofSeconds(90));
		assertThat(times.toClearBySelf().p95()).contains(Duration.ofSeconds(100));
	}

	@Test
	void aSetOfGroupsThatAllClearedHasNoTimeToAcknowledge() {
		ResponseTimes times = ResponseTimes
			.of(List.of(group(1).resolvedBySelf(after(1)), group(2).resolvedBySelf(after(4))));
		assertThat(times.toAcknowledge().count()).isZero();
		assertThat(times.toAcknowledge().p50()).isEmpty();
		assertThat(times.autoResolvedBeforeAcknowledgement()).isEqualTo(2);
		assertThat(times.toResolve().count()).isZero();
	}

	/** A group of HighLatency opened at T and paged a minute later. */
	private static GroupHistory group(long id) {
		return GroupHistory.opened(id, "HighLatency", T).paged(PAGED);
	}

	private static Instant after(int minutes) {
		return PAGED.plusSeconds(60L * minutes);
	}

}
