package dev.sharpend.insight;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentilesTests {

	@Test
	void nearestRankPicksAMeasuredValue() {
		// n = 10, given out of order: sorted 1 2 2 3 4 5 7 9 15 40 minutes
		// p50: rank ceil(0.50 × 10) = 5 → 4 min; p95: rank ceil(0.95 × 10) = ceil(9.5) =
		// 10 → 40 min
		Percentiles percentiles = Percentiles.of(minutes(40, 2, 9, 1, 4, 3, 15, 2, 7, 5));
		assertThat(percentiles.count()).isEqualTo(10);
		assertThat(percentiles.p50()).contains(Duration.ofMinutes(4));
		assertThat(percentiles.p95()).contains(Duration.ofMinutes(40));
	}

	@Test
	void p95OfTwentyIsTheNineteenth() {
		// 1..20 minutes: p50 rank ceil(10) = 10 → 10 min; p95 rank ceil(19) = 19 → 19 min
		Percentiles percentiles = Percentiles.of(IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMinutes).toList());
		assertThat(percentiles.p50()).contains(Duration.ofMinutes(10));
		assertThat(percentiles.p95()).contains(Duration.ofMinutes(19));
	}

	@Test
	void oneValueIsEveryPercentileAndNoneGivesNone() {
		assertThat(Percentiles.of(minutes(7)).p95()).contains(Duration.ofMinutes(7));
		assertThat(Percentiles.of(minutes(7)).p50()).contains(Duration.ofMinutes(7));
		Percentiles none = Percentiles.of(List.of());
		assertThat(none.count()).isZero();
		assertThat(none.p50()).isEmpty();
		assertThat(none.p95()).isEmpty();
	}

	@Test
	void refusesPercentilesOutsideZeroToHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.nearestRank(minutes(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.nearestRank(minutes(1), 101));
	}

	private static List<Duration> minutes(int... values) {
		return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
	}

}
