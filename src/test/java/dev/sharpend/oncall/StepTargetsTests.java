package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Which schedule and team each paged person was reached through, the figure insights
 * count interruptions by: counts only, never who.
 */
class StepTargetsTests {

	private static final Instant AT = Instant.parse("2026-12-03T14:00:00Z");

	private static final UserId ALICE = new UserId(new UUID(0, 1));

	private static final UserId BOB = new UserId(new UUID(0, 2));

	private static final UserId CAROL = new UserId(new UUID(0, 3));

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final Team payments = new Team(new TeamId(new UUID(1, 1)), "Payments", BERLIN, List.of(ALICE, CAROL));

	private final Team ops = new Team(new TeamId(new UUID(1, 2)), "Ops", NEW_YORK, List.of());

	private final Schedule primary = new Schedule(new ScheduleId(new UUID(2, 1)), this.payments.id(), "Primary");

	@Test
	void eachPersonCountsOnceUnderTheFirstScheduleOrTeamTheyWereReachedThrough() {
		Rotation tokyo = new Rotation(RotationId.random(), this.primary.id(), "Tokyo days", 1, List.of(BOB),
				new ShiftLength(1, ShiftUnit.DAYS), AT.minus(Duration.ofDays(3)), TOKYO, List.of());
		Schedules schedules = mock(Schedules.class);
		when(schedules.all()).thenReturn(List.of(this.primary));
		when(schedules.layers(this.primary.id())).thenReturn(List.of(tokyo));
		when(schedules.finalSchedule(this.primary.id(), AT, AT.plus(Duration.ofMinutes(1))))
			.thenReturn(FinalSchedule.compute(List.of(tokyo), List.of(), AT, AT.plus(Duration.ofMinutes(1))));
		Teams teams = mock(Teams.class);
		when(teams.list()).thenReturn(List.of(this.payments, this.ops));
		EscalationStep step = new EscalationStep(Duration.ZERO,
				List.of(new EscalationTarget(TargetKind.USER, ALICE.value()),
						new EscalationTarget(TargetKind.SCHEDULE, this.primary.id().value()),
						new EscalationTarget(TargetKind.TEAM, this.payments.id().value())),
				false);

		StepTargets.Resolution paged = new StepTargets(schedules, teams).resolve(this.ops.id(), step, 0, AT);

		assertThat(paged.people()).containsExactly(ALICE, BOB, CAROL);
		assertThat(paged.routes()).containsExactly(
				// named directly: the policy's team, "no rotation", in its zone
				new PageRoute(null, this.ops.id().value(), NEW_YORK, 1),
				// on call on the schedule: the rotation's zone, not the team's
				new PageRoute(this.primary.id().value(), this.payments.id().value(), TOKYO, 1),
				// the whole team: Alice was paged already, only Carol counts
				new PageRoute(null, this.payments.id().value(), BERLIN, 1));
	}

}
