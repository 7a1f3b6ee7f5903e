package dev.sharpend.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.Flapping.Reading;
import dev.sharpend.insight.Flapping.RuleState;
import dev.sharpend.insight.Flapping.Thresholds;

import static dev.sharpend.insight.Flapping.RuleState.FIRING;
import static dev.sharpend.insight.Flapping.RuleState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Percent state change on constructed state sequences. Weight of transition x (1 = oldest
 * of the 20, 20 = newest): w(x) = 0.75 + (x − 1) × 0.5 / 19 = (57 + 2(x − 1)) / 76, and
 * percent = Σw × 100 / 20 = Σ(76ths) × 5 / 76.
 */
class FlappingTests {

	private static final double EXACT = 1e-9;

	@Test
	void aRuleChangingOnEveryOneOfItsLast21StatesScoresExactly100() {
		// Σ over x = 1..20 of w(x) = 20 × 0.75 + (0.5 / 19) × (0 + 1 + … + 19) = 15 + 5 =
		// 20;
		// 20 × 100 / 20 = 100
		assertThat(Flapping.percentStateChange(alternating(21))).isCloseTo(100.0, within(EXACT));
	}

	@Test
	void theNewestChangeWeighs1Point25AndTheOldest0Point75() {
		// only x = 20 changes: 1.25 × 100 / 20 = 6.25
		List<RuleState> newest = steady(RESOLVED, 20);
		newest.add(FIRING);
		assertThat(Flapping.percentStateChange(newest)).isCloseTo(6.25, within(EXACT));
		// only x = 1 changes: 0.75 × 100 / 20 = 3.75
		List<RuleState> oldest = new ArrayList<>(List.of(FIRING));
		oldest.addAll(steady(RESOLVED, 20));
		assertThat(Flapping.percentStateChange(oldest)).isCloseTo(3.75, within(EXACT));
	}

	@Test
	void tenRecentChangesOutOfTwentyScoreMoreThanHalf() {
		// 11 × RESOLVED, then F R F R F R F R F R: changes at x = 11..20
		// Σ(76ths) = Σ (57 + 2(x − 1)) = 10 × 57 + 2 × (10 + 11 + … + 19) = 570 + 290 =
		// 860
		// percent = 860 × 5 / 76 = 4300 / 76 = 56.578947…
		List<RuleState> states = steady(RESOLVED, 11);
		states.addAll(alternating(10));
		assertThat(states).hasSize(21);
		assertThat(Flapping.percentStateChange(states)).isCloseTo(4300.0 / 76, within(EXACT));
		assertThat(Flapping.DEFAULTS.flapping(false, Flapping.percentStateChange(states))).isTrue();
	}

	@Test
	void aShortHistoryIsReadAsIfItsFirstStateHadHeldBefore() {
		// F R F R F R: 5 changes, the newest transitions x = 16..20:
		// (87 + 89 + 91 + 93 + 95) × 5 / 76 = 455 × 5 / 76 = 2275 / 76 = 29.934…
		assertThat(Flapping.percentStateChange(alternating(6))).isCloseTo(2275.0 / 76, within(EXACT));
		assertThat(Flapping.percentStateChange(List.of(FIRING))).isZero();
		assertThat(Flapping.percentStateChange(List.of())).isZero();
	}

	@Test
	void startsFlappingAtTheHighThresholdAndStopsOnlyAtTheLow() {
		// F R F R F R F R (7 changes at indices 1..7), then 16 × R: 24 states in all
		List<RuleState> states = alternating(8);
		states.addAll(steady(RESOLVED, 16));
		List<Reading> timeline = Flapping.timeline(states, Flapping.DEFAULTS);

		// after 6 states: 2275 / 76 = 29.93 < 30, not yet flapping
		assertThat(timeline.get(5).percent()).isCloseTo(2275.0 / 76, within(EXACT));
		assertThat(timeline.get(5).flapping()).isFalse();
		// after 7 states: x = 15..20, (85 + 87 + … + 95) = 540; 540 × 5 / 76 = 35.53 ≥ 30
		assertThat(timeline.get(6).percent()).isCloseTo(2700.0 / 76, within(EXACT));
		assertThat(timeline.get(6).flapping()).isTrue();
		// after 21 states: the 7 changes sit at x = 1..7, 7 × 57 + 2 × 21 = 441;
		// 441 × 5 / 76 = 29.01, below the high threshold but above the low: still
		// flapping
		assertThat(timeline.get(20).percent()).isCloseTo(2205.0 / 76, within(EXACT));
		assertThat(timeline.get(20).flapping()).isTrue();
		// after 23 states: the oldest two changes left the 21; x = 1..5, 5 × 57 + 2 × 10
		// =
		// 305; 305 × 5 / 76 = 20.07 > 20: still flapping
		assertThat(timeline.get(22).percent()).isCloseTo(1525.0 / 76, within(EXACT));
		assertThat(timeline.get(22).flapping()).isTrue();
		// after 24 states: x = 1..4, 4 × 57 + 2 × 6 = 240; 240 × 5 / 76 = 15.79 ≤ 20:
		// stops
		assertThat(timeline.get(23).percent()).isCloseTo(1200.0 / 76, within(EXACT));
		assertThat(timeline.get(23).flapping()).isFalse();
		assertThat(timeline.subList(6, 23)).allMatch(Reading::flapping);
		assertThat(timeline.subList(0, 6)).noneMatch(Reading::flapping);
	}

	@Test
	void betweenTheThresholdsARuleKeepsItsFlag() {
		Thresholds thresholds = new Thresholds(20, 30);
		assertThat(thresholds.flapping(false, 25)).isFalse();
		assertThat(thresholds.flapping(true, 25)).isTrue();
		assertThat(thresholds.flapping(false, 30)).isTrue();
		assertThat(thresholds.flapping(true, 20)).isFalse();
	}

	@Test
	void defaultsAreTheNagiosServiceDefaults() {
		assertThat(Flapping.DEFAULTS).isEqualTo(new Thresholds(20.0, 30.0));
	}

	@Test
	void refusesThresholdsThatCannotHysterese() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(30, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(-1, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(20, 101));
	}

	/** F, R, F, R, … (n states, starting firing). */
	private static List<RuleState> alternating(int n) {
		List<RuleState> states = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			states.add((i % 2 == 0) ? FIRING : RESOLVED);
		}
		return states;
	}

	private static List<RuleState> steady(RuleState state, int n) {
		return new ArrayList<>(Collections.nCopies(n, state));
	}

}
