package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.ActionTaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * A rule's track record as the issue words it: "HighLatency fired 41 times in 30 days; 38
 * cleared by themselves within 6 min; it preceded INC-12 and INC-19".
 */
class RuleFiguresTests {

	private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

	@Test
	void aRuleThatPrecededTwoIncidentsAndNowClearsByItself() {
		List<GroupHistory> groups = new ArrayList<>();
		// two early groups became incidents 12 and 19: paged, acknowledged after 4 and 8
		// minutes, resolved by hand after an hour
		groups.add(group(1, 0).acknowledged(at(0, 5)).linkedToIncident(12, at(0, 10)).resolvedByHand(at(0, 60)));
		groups.add(group(2, 1).acknowledged(at(1, 9)).linkedToIncident(19, at(1, 12)).resolvedByHand(at(1, 60)));
		// one acknowledged and left to clear: acknowledged after 2 minutes, cleared at 20
		groups.add(group(3, 2).acknowledged(at(2, 3)).resolvedBySelf(at(2, 20)));
		// 38 that cleared by themselves, a day apart, each 2 to 6 minutes after opening
		for (int day = 3; day < 41; day++) {
			groups.add(group(day + 1, day).resolvedBySelf(at(day, 2 + day % 5)));
		}

		RuleFigures figures = RuleFigures.of("HighLatency", groups, List.of());

		assertThat(figures.fires()).isEqualTo(41);
		assertThat(figures.pages()).isEqualTo(41);
		assertThat(figures.autoResolvedBeforeAcknowledgement()).isEqualTo(38);
		assertThat(figures.acknowledgedWithoutAction()).isEqualTo(1);
		assertThat(figures.linkedToIncident()).isEqualTo(2);
		// each group resolves within the day and the next opens the following day at the
		// same hour (under 24 h later): groups 1 to 40 re-fired, group 41 had no
		// successor
		assertThat(figures.refires()).isEqualTo(40);
		// 38 / 41 = 0.9268…
		assertThat(figures.share(figures.autoResolvedBeforeAcknowledgement())).isCloseTo(38.0 / 41, within(1e-12));
		// acknowledged: 4, 8, 2 minutes after the page (a minute after opening) → sorted
		// 2 4 8
		// p50 rank ceil(1.5) = 2 → 4 min; p95 rank ceil(2.85) = 3 → 8 min
		assertThat(figures.responseTimes().toAcknowledge().p50()).contains(Duration.ofMinutes(4));
		assertThat(figures.responseTimes().toAcknowledge().p95()).contains(Duration.ofMinutes(8));
		// cleared within 2..6 minutes: the slowest is 6 min ("within 6 min")
		assertThat(figures.responseTimes().toClearBySelf().count()).isEqualTo(38);
		assertThat(figures.responseTimes().toClearBySelf().p95()).contains(Duration.ofMinutes(6));
	}

	@Test
	void aGroupOpenedAfterTheWindowOnlyRevealsARefire() {
		GroupHistory last = group(1, 0).resolvedBySelf(at(0, 5));
		GroupHistory nextMorning = group(2, 1);
		RuleFigures figures = RuleFigures.of("HighLatency", List.of(last), List.of(nextMorning));
		assertThat(figures.fires()).isEqualTo(1);
		assertThat(figures.pages()).isEqualTo(1);
		assertThat(figures.refires()).isEqualTo(1);
		assertThat(RuleFigures.of("Quiet", List.of(), List.of()).share(0)).isZero();
	}

	@Test
	void countsEachGroupOnceWithItsLatestAnswerAndTheResolvedOnesUnanswered() {
		// 1: acknowledged, answered "not actionable" then "action taken" → action, not
		// "acked without action"; 2: acknowledged, answered "threshold"; 3: acknowledged,
		// unanswered; 4: cleared by itself, answered "work ongoing"; 5: still open
		List<GroupHistory> groups = List.of(
				group(1, 0).acknowledged(at(0, 2))
					.resolvedBySelf(at(0, 20))
					.answered(ActionTaken.NOT_ACTIONABLE)
					.answered(ActionTaken.ACTION_TAKEN),
				group(2, 1).acknowledged(at(1, 2))
					.resolvedBySelf(at(1, 20))
					.answered(ActionTaken.THRESHOLD_NEEDS_ADJUSTING),
				group(3, 2).acknowledged(at(2, 2)).resolvedBySelf(at(2, 20)),
				group(4, 3).resolvedBySelf(at(3, 5)).answered(ActionTaken.WORK_ONGOING), group(5, 4));

		RuleFigures figures = RuleFigures.of("HighLatency", groups, List.of());

		assertThat(figures.answers().counts()).containsExactly(entry(ActionTaken.ACTION_TAKEN, 1),
				entry(ActionTaken.THRESHOLD_NEEDS_ADJUSTING, 1), entry(ActionTaken.CHECK_FAULTY, 0),
				entry(ActionTaken.WORK_ONGOING, 1), entry(ActionTaken.NOT_ACTIONABLE, 0));
		assertThat(figures.answers().answered()).isEqualTo(3);
		assertThat(figures.answers().unanswered()).as("group 3; group 5 is open").isEqualTo(1);
		assertThat(figures.acknowledgedWithoutAction()).as("groups 2 and 3").isEqualTo(2);
	}

	/** Group {@code id} opened {@code day} days after T and paged a minute later. */
	private static GroupHistory group(long id, int day) {
		return GroupHistory.opened(id, "HighLatency", at(day, 0)).paged(at(day, 1));
	}

	private static Instant at(int day, int minutes) {
		return T.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minutes));
	}

}
