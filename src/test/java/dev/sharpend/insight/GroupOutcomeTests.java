package dev.sharpend.insight;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.GroupHistory.PersonAction;

import static org.assertj.core.api.Assertions.assertThat;

/** How constructed alert groups of one rule are classified. */
class GroupOutcomeTests {

	private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void aGroupThatResolvedByItselfBeforeAnyAcknowledgementCleared() {
		GroupOutcome outcome = only(opened(1).paged(minutes(1)).resolvedBySelf(minutes(6)));
		assertThat(outcome.autoResolvedBeforeAcknowledgement()).isTrue();
		assertThat(outcome.acknowledgedWithoutAction()).isFalse();
	}

	@Test
	void aGroupResolvedByHandOrAcknowledgedFirstDidNotClearByItself() {
		assertThat(only(opened(1).resolvedByHand(minutes(6))).autoResolvedBeforeAcknowledgement()).isFalse();
		assertThat(
				only(opened(1).acknowledged(minutes(6)).resolvedBySelf(minutes(6))).autoResolvedBeforeAcknowledgement())
			.isFalse();
	}

	@Test
	void acknowledgedThenResolvedWithNothingInBetweenIsWithoutAction() {
		GroupHistory acked = opened(1).paged(minutes(1)).acknowledged(minutes(2));
		assertThat(only(acked.resolvedByHand(minutes(20))).acknowledgedWithoutAction()).isTrue();
		// cleared by itself after the acknowledgement: the classic "it'll clear" with a
		// click
		assertThat(only(acked.resolvedBySelf(minutes(20))).acknowledgedWithoutAction()).isTrue();
	}

	@Test
	void aNoteATimelineEntryASilenceOrAnIncidentIsAction() {
		GroupHistory acked = opened(1).paged(minutes(1)).acknowledged(minutes(2));
		assertThat(only(acked.acted(PersonAction.Kind.NOTE, minutes(5)).resolvedByHand(minutes(20)))
			.acknowledgedWithoutAction()).isFalse();
		assertThat(only(acked.acted(PersonAction.Kind.TIMELINE_ENTRY, minutes(20)).resolvedBySelf(minutes(20)))
			.acknowledgedWithoutAction()).isFalse();
		assertThat(only(acked.silenced(minutes(3)).resolvedBySelf(minutes(20))).acknowledgedWithoutAction()).isFalse();
		GroupOutcome declared = only(
				opened(1).linkedToIncident(12, minutes(1)).acknowledged(minutes(2)).resolvedByHand(minutes(20)));
		assertThat(declared.acknowledgedWithoutAction()).isFalse();
		assertThat(declared.linkedToIncident()).isTrue();
	}

	@Test
	void actionAfterTheResolutionDoesNotCount() {
		GroupOutcome late = only(opened(1).acknowledged(minutes(2))
			.resolvedBySelf(minutes(20))
			.acted(PersonAction.Kind.NOTE, minutes(21))
			.linkedToIncident(19, minutes(30)));
		assertThat(late.acknowledgedWithoutAction()).isTrue();
		assertThat(late.linkedToIncident()).isTrue();
	}

	@Test
	void aGroupOfTheSameRuleOpeningWithin24HoursOfAResolutionIsARefire() {
		Instant resolved = minutes(10);
		GroupHistory first = opened(1).resolvedBySelf(resolved);
		// opens exactly 24 h after the first resolved: still a re-fire of the first
		GroupHistory second = GroupHistory.opened(2, "HighLatency", resolved.plusSeconds(24 * 3600))
			.resolvedBySelf(resolved.plusSeconds(24 * 3600 + 600));
		// opens 24 h and 1 s after the second resolved: not a re-fire of the second
		GroupHistory third = GroupHistory.opened(3, "HighLatency", resolved.plusSeconds(48 * 3600 + 600 + 1));
		List<GroupOutcome> outcomes = GroupOutcome.ofRule(List.of(third, first, second));
		assertThat(outcomes).extracting(GroupOutcome::group).containsExactly(3L, 1L, 2L);
		assertThat(outcomes).extracting(GroupOutcome::refired).containsExactly(false, true, false);
	}

	@Test
	void aGroupOpeningWhileAnotherIsStillOpenIsNoRefire() {
		GroupHistory first = opened(1).resolvedBySelf(minutes(30));
		GroupHistory overlapping = GroupHistory.opened(2, "HighLatency", minutes(5)).resolvedBySelf(minutes(40));
		assertThat(GroupOutcome.ofRule(List.of(first, overlapping))).extracting(GroupOutcome::refired)
			.containsExactly(false, false);
	}

	@Test
	void anOpenGroupHasNoOutcomeYet() {
		GroupOutcome open = only(opened(1).paged(minutes(1)).acknowledged(minutes(2)));
		assertThat(open).isEqualTo(new GroupOutcome(1, false, false, false, false));
	}

	private static GroupOutcome only(GroupHistory group) {
		return GroupOutcome.ofRule(List.of(group)).get(0);
	}

	private static GroupHistory opened(long id) {
		return GroupHistory.opened(id, "HighLatency", T);
	}

	private static Instant minutes(int minutes) {
		return T.plusSeconds(60L * minutes);
	}

}
