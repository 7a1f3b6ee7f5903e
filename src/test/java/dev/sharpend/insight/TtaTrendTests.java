package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.ResponseTimes.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's time-to-acknowledge trend, from hand-computed weeks: nearest-rank
 * percentiles over the acknowledged groups only, the never acknowledged counted apart.
 */
class TtaTrendTests {

	private long ids = 1;

	@Test
	void eachWeekShowsTheMedianAndThe95thPercentileOfItsAcknowledgedGroupsAndCountsTheOthersApart() {
		Instant monday = Instant.parse("2026-11-23T09:00:00Z");
		List<GroupSummary> first = new ArrayList<>();
		for (int minutes : new int[] { 4, 1, 20, 3, 2 }) {
			first.add(group(monday, Response.ACKNOWLEDGED, Duration.ofMinutes(minutes)));
		}
		first.add(group(monday, Response.NEVER_ACKNOWLEDGED, null));
		first.add(group(monday, Response.CLEARED_BY_SELF, null));
		List<GroupSummary> second = List.of(group(monday.plus(Duration.ofDays(7)), Response.NEVER_ACKNOWLEDGED, null),
				group(monday.plus(Duration.ofDays(7)), Response.NEVER_ACKNOWLEDGED, null));

		TtaTrend trend = TtaTrend.of(List.of(
				new Insights.Week(InsightWeek.parse("2026-W48"), RuleFigures.counted("all rules", first, Set.of())),
				new Insights.Week(InsightWeek.parse("2026-W49"), RuleFigures.counted("all rules", second, Set.of()))));

		TtaTrend.Week w48 = trend.weeks().get(0);
		// 1, 2, 3, 4, 20 min: nearest rank 3 of 5 is 3 min, rank 5 of 5 is 20 min
		assertThat(w48.p50()).isEqualTo("3 min");
		assertThat(w48.p95()).isEqualTo("20 min");
		assertThat(w48.acknowledged()).isEqualTo(5);
		assertThat(w48.never()).isEqualTo(1);
		assertThat(w48.h95()).isEqualTo(TtaTrend.PLOT);
		assertThat(w48.h50()).isEqualTo(15);
		assertThat(w48.title())
			.isEqualTo("2026-W48: median 3 min, 95th percentile 20 min over 5 acknowledged, 1 never acknowledged");

		TtaTrend.Week w49 = trend.weeks().get(1);
		assertThat(w49.p50()).isEqualTo("–");
		assertThat(w49.h95()).isZero();
		assertThat(w49.title()).isEqualTo("2026-W49: nothing acknowledged, 2 never acknowledged");
		assertThat(trend.maxText()).isEqualTo("20 min");
		assertThat(trend.empty()).isFalse();
		assertThat(TtaTrend
			.of(List.of(new Insights.Week(InsightWeek.parse("2026-W49"),
					RuleFigures.counted("all rules", second, Set.of()))))
			.empty()).as("nothing acknowledged: nothing to draw").isTrue();
	}

	private GroupSummary group(Instant opened, Response response, Duration toAcknowledge) {
		return new GroupSummary(this.ids++, "HighLatency", null, opened, opened.plus(Duration.ofMinutes(30)),
				response != Response.CLEARED_BY_SELF, 1, response, toAcknowledge, false, List.of(), null);
	}

}
