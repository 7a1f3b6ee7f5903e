package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.Flapping.Reading;
import dev.sharpend.insight.Flapping.RuleState;
import dev.sharpend.insight.Flapping.State;
import dev.sharpend.insight.Flapping.Thresholds;
import dev.sharpend.insight.Flapping.Verdict;
import dev.sharpend.insight.ResponseTimes.Response;

import static dev.sharpend.insight.Flapping.RuleState.FIRING;
import static dev.sharpend.insight.Flapping.RuleState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Percent state change on constructed state sequences. Weight of transition x (1 = oldest
 * of the 20, 20 = newest): w(x) = 0.75 + (x − 1) × 0.5 / 19 = (57 + 2(x − 1)) / 76, and
 * percent = Σw × 100 / 20 = Σ(76ths) × 5 / 76.
 */
class FlappingTests {

	private static final double EXACT = 1e-9;

	private static final Instant DAY = Instant.parse("2026-11-30T00:00:00Z");

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
		assertThat(Flapping.DEFAULTS.flapping(false, Flapping.percentStateChange(states))).as("56.6 ≥ 50").isTrue();
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
		// F R F R F R F R (7 changes at indices 1..7), then 16 × R: 24 states in all;
		// judged by the thresholds compiled into Nagios Core (low 20, high 30)
		List<RuleState> states = alternating(8);
		states.addAll(steady(RESOLVED, 16));
		List<Reading> timeline = Flapping.timeline(states, new Thresholds(20, 30));

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
	void defaultsAreTheExampleOfTheNagiosDocumentation() {
		assertThat(Flapping.DEFAULTS).isEqualTo(new Thresholds(25.0, 50.0));
		assertThat(Flapping.DEFAULT_SETTINGS.sampling()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aRuleRecordsAStateWhenItFiresOrResolvesAndAgainEachHourNothingChanges() {
		// two groups overlap (01:00–01:30 and 01:20–02:00): the rule fires once at 01:00
		// and resolves once at 02:00; nothing changes until 04:30
		List<GroupSummary> groups = List.of(group(at(1, 0), at(1, 30)), group(at(1, 20), at(2, 0)));

		List<State> states = Flapping.states(groups, at(4, 30), Duration.ofHours(1));

		assertThat(states).containsExactly(new State(at(1, 0), FIRING, false), new State(at(2, 0), RESOLVED, false),
				new State(at(3, 0), RESOLVED, true), new State(at(4, 0), RESOLVED, true));
		// an open group keeps the rule firing: the firing state repeats
		assertThat(Flapping.states(List.of(group(at(1, 0), null)), at(3, 0), Duration.ofHours(1)))
			.extracting(State::state, State::repeated)
			.containsExactly(tuple(FIRING, false), tuple(FIRING, true), tuple(FIRING, true));
	}

	@Test
	void onlyTheLastSixtyFiveSamplingIntervalsAreListedAndTheVerdictIsTheSame() {
		// a burst 30 days ago and the same burst 4 hours ago: the first burst's states
		// are
		// 700 intervals back, beyond the 65 listed
		List<GroupSummary> groups = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			groups.add(group(at(0, 20 * i), at(0, 20 * i + 10)));
			groups.add(group(at(24 * 30, 20 * i), at(24 * 30, 20 * i + 10)));
		}
		Instant now = at(24 * 30 + 4, 0);

		List<State> states = Flapping.states(groups, now, Duration.ofHours(1));

		assertThat(states.get(0).at()).isAfterOrEqualTo(now.minus(Duration.ofHours(65)));
		// 12 transitions of the second burst, 2 repeats of "resolved" after it (02:50,
		// 03:50)
		// and 65 − 4 = 61 hourly repeats before it: 75 states, of which the verdict reads
		// 63
		assertThat(states).hasSize(12 + 2 + 61);
		assertThat(states.get(0).state()).isEqualTo(RESOLVED);
		assertThat(states.get(0).repeated()).isTrue();
		assertThat(states.get(0).at().atZone(ZoneId.of("UTC")).getMinute()).as("repeats keep the burst's phase")
			.isEqualTo(50);
	}

	/**
	 * The hand-computed example for the README: one fire at 00:00 resolved at 00:05, a
	 * quiet morning, then five groups from 10:00 each open for 10 minutes, 20 minutes
	 * apart. States: F 00:00, R 00:05, R 01:05 … R 09:05 (nine repeats), F 10:00, R
	 * 10:10, F 10:20, R 10:30, F 10:40, R 10:50, F 11:00, R 11:10, F 11:20, R 11:30 — 21
	 * states. Changes at x = 1 and x = 11..20: 0.75 + Σ(x=11..20) (0.75 + (x − 1)/38) =
	 * 0.75 + 7.5 + 145/38 = 12.0658; × 100 / 20 = 60.33 % (exactly 4585/76).
	 */
	@Test
	void aQuietRuleThatStartsFiringEveryTwentyMinutesFlapsAt60Point33Percent() {
		List<GroupSummary> groups = new ArrayList<>(List.of(group(at(0, 0), at(0, 5))));
		for (int i = 0; i < 5; i++) {
			Instant opened = at(10, 0).plus(Duration.ofMinutes(20L * i));
			groups.add(group(opened, opened.plus(Duration.ofMinutes(10))));
		}

		Verdict verdict = Flapping.verdict(Flapping.states(groups, at(11, 30), Duration.ofHours(1)), Flapping.DEFAULTS);

		assertThat(verdict.states()).hasSize(21);
		assertThat(verdict.changes()).isEqualTo(11);
		assertThat(verdict.percent()).isCloseTo(4585.0 / 76, within(EXACT));
		assertThat(verdict.rounded()).isEqualTo(60.3);
		assertThat(verdict.flapping()).isTrue();

		// 13 quiet hours later the burst's last 8 changes sit at x = 1..7 of the 21:
		// (7 × 57 + 2 × 21) × 5 / 76 = 2205 / 76 = 29.01, above the low threshold: still
		// flapping; an hour more leaves 6 changes at x = 1..6: 1860 / 76 = 24.47: stopped
		Verdict later = Flapping.verdict(Flapping.states(groups, at(24, 30), Duration.ofHours(1)), Flapping.DEFAULTS);
		assertThat(later.percent()).isCloseTo(2205.0 / 76, within(EXACT));
		assertThat(later.flapping()).isTrue();
		Verdict quiet = Flapping.verdict(Flapping.states(groups, at(25, 30), Duration.ofHours(1)), Flapping.DEFAULTS);
		assertThat(quiet.percent()).isCloseTo(1860.0 / 76, within(EXACT));
		assertThat(quiet.flapping()).isFalse();

		// and it is a drift signal with its evidence: the groups opened or resolved since
		// the oldest of the 21 states
		DriftSignal signal = DriftSignal.find(groups, at(11, 30), ZoneId.of("UTC"))
			.stream()
			.filter((s) -> s.kind() == DriftSignal.Kind.FLAPPING)
			.findFirst()
			.orElseThrow();
		assertThat(signal.level()).isEqualTo(60.3);
		assertThat(signal.summary()).isEqualTo("Changed state 11 times in its last 21 states (since 2026-11-30 00:00 "
				+ "UTC): 60.3 % state change, flapping from 50 % until it falls to 25 %.");
		assertThat(signal.groups()).hasSize(6);
		assertThat(DriftSignal.find(groups, at(25, 30), ZoneId.of("UTC")))
			.noneMatch((s) -> s.kind() == DriftSignal.Kind.FLAPPING);
	}

	@Test
	void refusesThresholdsThatCannotHysterese() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(30, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(-1, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(20, 101));
	}

	private long ids = 1;

	private GroupSummary group(Instant opened, Instant resolved) {
		return new GroupSummary(this.ids++, "Disk", null, opened, resolved, false, 1,
				(resolved != null) ? Response.CLEARED_BY_SELF : Response.NOT_PAGED, null, false, List.of(), null);
	}

	/** Hours and minutes after midnight of 2026-11-30 (UTC). */
	private static Instant at(int hours, int minutes) {
		return DAY.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes));
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
