package dev.sharpend.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handoffs on the rotation's wall clock across DST changes, restrictions, layers,
 * overrides and gaps, computed from plain values.
 */
class FinalScheduleTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

	private static final UserId ALICE = new UserId(new UUID(0, 1));

	private static final UserId BOB = new UserId(new UUID(0, 2));

	private static final UserId CAROL = new UserId(new UUID(0, 3));

	private static final ScheduleId SCHEDULE = new ScheduleId(new UUID(1, 0));

	@Test
	void dailyHandoffStaysAtNineWhenBerlinSpringsForward() {
		// Clocks go from 02:00 to 03:00 on Sunday 28 March 2027.
		Rotation daily = rotation("Primary", 1, List.of(ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS),
				at(BERLIN, "2027-03-26T09:00"), BERLIN);
		List<Shift> shifts = daily.shifts(at(BERLIN, "2027-03-26T09:00"), at(BERLIN, "2027-03-30T09:00"));
		assertThat(shifts).extracting((s) -> local(BERLIN, s.start()))
			.containsExactly("2027-03-26T09:00", "2027-03-27T09:00", "2027-03-28T09:00", "2027-03-29T09:00");
		assertThat(shifts).extracting(Shift::user).containsExactly(ALICE, BOB, ALICE, BOB);
		assertThat(Duration.between(shifts.get(1).start(), shifts.get(1).end())).isEqualTo(Duration.ofHours(23));
		assertThat(Duration.between(shifts.get(2).start(), shifts.get(2).end())).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void dailyHandoffStaysAtNineWhenBerlinFallsBack() {
		// Clocks go from 03:00 back to 02:00 on Sunday 31 October 2027.
		Rotation daily = rotation("Primary", 1, List.of(ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS),
				at(BERLIN, "2027-10-01T09:00"), BERLIN);
		List<Shift> shifts = daily.shifts(at(BERLIN, "2027-10-30T12:00"), at(BERLIN, "2027-11-01T08:00"));
		assertThat(shifts).extracting((s) -> local(BERLIN, s.start()))
			.containsExactly("2027-10-30T09:00", "2027-10-31T09:00");
		assertThat(Duration.between(shifts.get(0).start(), shifts.get(0).end())).isEqualTo(Duration.ofHours(25));
		assertThat(local(BERLIN, shifts.get(1).end())).isEqualTo("2027-11-01T09:00");
	}

	@Test
	void weeklyMondayHandoffKeepsItsClockTimeAcrossNewYorksSpringForward() {
		// Clocks go from 02:00 to 03:00 on Sunday 14 March 2027.
		Rotation weekly = rotation("Primary", 1, List.of(ALICE, BOB, CAROL), new ShiftLength(1, ShiftUnit.WEEKS),
				at(NEW_YORK, "2027-03-01T10:00"), NEW_YORK);
		List<Shift> shifts = weekly.shifts(at(NEW_YORK, "2027-03-01T10:00"), at(NEW_YORK, "2027-03-22T10:00"));
		assertThat(shifts).extracting((s) -> local(NEW_YORK, s.start()))
			.containsExactly("2027-03-01T10:00", "2027-03-08T10:00", "2027-03-15T10:00");
		assertThat(Duration.between(shifts.get(1).start(), shifts.get(1).end())).isEqualTo(Duration.ofHours(167));
		assertThat(shifts).extracting(Shift::user).containsExactly(ALICE, BOB, CAROL);
	}

	@Test
	void twelveHourShiftsHandOffAtEightAndEightWhenNewYorkFallsBack() {
		// Clocks go from 02:00 back to 01:00 on Sunday 7 November 2027.
		Rotation halves = rotation("Primary", 1, List.of(ALICE, BOB), new ShiftLength(12, ShiftUnit.HOURS),
				at(NEW_YORK, "2027-11-05T08:00"), NEW_YORK);
		List<Shift> shifts = halves.shifts(at(NEW_YORK, "2027-11-06T08:00"), at(NEW_YORK, "2027-11-07T20:00"));
		assertThat(shifts).extracting((s) -> local(NEW_YORK, s.start()))
			.containsExactly("2027-11-06T08:00", "2027-11-06T20:00", "2027-11-07T08:00");
		assertThat(Duration.between(shifts.get(1).start(), shifts.get(1).end())).isEqualTo(Duration.ofHours(13));
		assertThat(shifts).extracting(Shift::user).containsExactly(ALICE, BOB, ALICE);
	}

	@Test
	void sydneySpringsForwardInOctoberAndTheDailyHandoffStaysPut() {
		// Clocks go from 02:00 to 03:00 on Sunday 3 October 2027.
		Rotation daily = rotation("Primary", 1, List.of(ALICE), new ShiftLength(1, ShiftUnit.DAYS),
				at(SYDNEY, "2027-10-01T08:30"), SYDNEY);
		List<Shift> shifts = daily.shifts(at(SYDNEY, "2027-10-02T08:30"), at(SYDNEY, "2027-10-04T08:30"));
		assertThat(shifts).extracting((s) -> local(SYDNEY, s.start()))
			.containsExactly("2027-10-02T08:30", "2027-10-03T08:30");
		assertThat(Duration.between(shifts.get(0).start(), shifts.get(0).end())).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void aHandoffInTheSkippedHourMovesToTheFirstValidTime() {
		Rotation night = rotation("Night", 1, List.of(ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS),
				at(BERLIN, "2027-03-26T02:30"), BERLIN);
		List<Shift> shifts = night.shifts(at(BERLIN, "2027-03-27T03:00"), at(BERLIN, "2027-03-29T03:00"));
		assertThat(shifts).extracting((s) -> local(BERLIN, s.start()))
			.containsExactly("2027-03-27T02:30", "2027-03-28T03:30", "2027-03-29T02:30");
	}

	@Test
	void aPersonListedTwiceTakesTwoTurnsInARowAndTheFinalScheduleJoinsThem() {
		Rotation rotation = rotation("Primary", 1, List.of(ALICE, ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS),
				at(BERLIN, "2027-01-04T09:00"), BERLIN);
		FinalSchedule schedule = FinalSchedule.compute(List.of(rotation), List.of(), at(BERLIN, "2027-01-04T09:00"),
				at(BERLIN, "2027-01-08T09:00"));
		assertThat(schedule.slots()).extracting(Slot::user).containsExactly(ALICE, BOB, ALICE);
		assertThat(local(BERLIN, schedule.slots().get(0).end())).isEqualTo("2027-01-06T09:00");
	}

	@Test
	void weekdayBusinessHoursLayerWinsInsideItsWindowAndTheNightLayerElsewhere() {
		Rotation night = rotation("Around the clock", 1, List.of(ALICE), new ShiftLength(1, ShiftUnit.WEEKS),
				at(BERLIN, "2027-01-04T00:00"), BERLIN);
		Rotation business = rotation("Business hours", 2, List.of(BOB), new ShiftLength(1, ShiftUnit.WEEKS),
				at(BERLIN, "2027-01-04T00:00"), BERLIN,
				List.of(Restriction.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))));
		// Friday 8 January to Monday 11 January 2027.
		FinalSchedule schedule = FinalSchedule.compute(List.of(business, night), List.of(),
				at(BERLIN, "2027-01-08T00:00"), at(BERLIN, "2027-01-11T12:00"));
		assertThat(schedule.slots()).extracting((s) -> local(BERLIN, s.start()) + " " + s.layer())
			.containsExactly("2027-01-08T00:00 Around the clock", "2027-01-08T09:00 Business hours",
					"2027-01-08T17:00 Around the clock", "2027-01-11T09:00 Business hours");
		assertThat(schedule.gaps()).isEmpty();
	}

	@Test
	void followTheSunLayersEachKeepTheirOwnZonesHoursAndLeaveTheRestAsGaps() {
		Rotation europe = rotation("Europe", 1, List.of(ALICE), new ShiftLength(1, ShiftUnit.WEEKS),
				at(BERLIN, "2027-01-04T00:00"), BERLIN,
				List.of(Restriction.daily(LocalTime.of(8, 0), LocalTime.of(16, 0))));
		Rotation americas = rotation("Americas", 2, List.of(BOB), new ShiftLength(1, ShiftUnit.WEEKS),
				at(NEW_YORK, "2027-01-04T00:00"), NEW_YORK,
				List.of(Restriction.daily(LocalTime.of(10, 0), LocalTime.of(18, 0))));
		FinalSchedule schedule = FinalSchedule.compute(List.of(europe, americas), List.of(),
				at(BERLIN, "2027-01-05T00:00"), at(BERLIN, "2027-01-06T00:00"));
		// New York is six hours behind Berlin in January: its 10:00–18:00 is 16:00–24:00
		// in Berlin.
		assertThat(schedule.slots()).extracting((s) -> local(BERLIN, s.start()) + " " + s.source())
			.containsExactly("2027-01-05T00:00 GAP", "2027-01-05T08:00 LAYER", "2027-01-05T16:00 LAYER");
		assertThat(schedule.slots()).extracting(Slot::user).containsExactly(null, ALICE, BOB);
	}

	@Test
	void aNightRestrictionRunsOverMidnightFromTheDayItStarts() {
		Rotation nights = rotation("Nights", 1, List.of(CAROL), new ShiftLength(1, ShiftUnit.WEEKS),
				at(BERLIN, "2027-01-04T00:00"), BERLIN,
				List.of(new Restriction(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))));
		List<Shift> shifts = nights.shifts(at(BERLIN, "2027-01-04T00:00"), at(BERLIN, "2027-01-11T00:00"));
		assertThat(shifts).extracting((s) -> local(BERLIN, s.start()) + "/" + local(BERLIN, s.end()))
			.containsExactly("2027-01-08T22:00/2027-01-09T06:00");
	}

	@Test
	void anOverrideTakesOverTheSchedulesTopLayerAndTheLatestOverrideWinsWhereTheyOverlap() {
		Rotation primary = rotation("Primary", 1, List.of(ALICE), new ShiftLength(1, ShiftUnit.WEEKS),
				at(BERLIN, "2027-01-04T09:00"), BERLIN);
		ScheduleOverride bob = override(BOB, "2027-01-06T18:00", "2027-01-07T09:00", "2027-01-01T10:00");
		ScheduleOverride carol = override(CAROL, "2027-01-07T06:00", "2027-01-07T12:00", "2027-01-02T10:00");
		FinalSchedule schedule = FinalSchedule.compute(List.of(primary), List.of(carol, bob),
				at(BERLIN, "2027-01-06T00:00"), at(BERLIN, "2027-01-08T00:00"));
		assertThat(schedule.slots()).extracting((s) -> local(BERLIN, s.start()) + " " + s.source())
			.containsExactly("2027-01-06T00:00 LAYER", "2027-01-06T18:00 OVERRIDE", "2027-01-07T06:00 OVERRIDE",
					"2027-01-07T12:00 LAYER");
		assertThat(schedule.slots()).extracting(Slot::user).containsExactly(ALICE, BOB, CAROL, ALICE);
	}

	@Test
	void nobodyIsOnCallBeforeTheFirstHandoffAndAnOverrideCanFillThatGap() {
		Rotation primary = rotation("Primary", 1, List.of(ALICE), new ShiftLength(1, ShiftUnit.DAYS),
				at(BERLIN, "2027-01-05T09:00"), BERLIN);
		ScheduleOverride early = override(BOB, "2027-01-04T12:00", "2027-01-04T18:00", "2027-01-01T10:00");
		FinalSchedule schedule = FinalSchedule.compute(List.of(primary), List.of(early), at(BERLIN, "2027-01-04T00:00"),
				at(BERLIN, "2027-01-06T00:00"));
		assertThat(schedule.slots()).extracting((s) -> local(BERLIN, s.start()) + " " + s.source())
			.containsExactly("2027-01-04T00:00 GAP", "2027-01-04T12:00 OVERRIDE", "2027-01-04T18:00 GAP",
					"2027-01-05T09:00 LAYER");
		assertThat(schedule.gaps()).hasSize(2);
		assertThat(schedule.at(at(BERLIN, "2027-01-05T10:00")).orElseThrow().user()).isEqualTo(ALICE);
	}

	@Test
	void aRangeFarAfterTheFirstHandoffStartsWithTheRightPerson() {
		Rotation rotation = rotation("Primary", 1, List.of(ALICE, BOB, CAROL), new ShiftLength(2, ShiftUnit.DAYS),
				at(BERLIN, "2026-01-01T09:00"), BERLIN);
		// 2027-01-01 is 365 days after the first handoff: turn 182 begins on 31 December,
		// Carol's.
		List<Shift> shifts = rotation.shifts(at(BERLIN, "2027-01-01T12:00"), at(BERLIN, "2027-01-01T13:00"));
		assertThat(shifts).extracting((s) -> local(BERLIN, s.start()) + " " + s.user())
			.containsExactly("2026-12-31T09:00 " + CAROL);
	}

	private static Rotation rotation(String name, int layer, List<UserId> people, ShiftLength length, Instant handoff,
			ZoneId zone) {
		return rotation(name, layer, people, length, handoff, zone, List.of());
	}

	private static Rotation rotation(String name, int layer, List<UserId> people, ShiftLength length, Instant handoff,
			ZoneId zone, List<Restriction> restrictions) {
		return new Rotation(RotationId.random(), SCHEDULE, name, layer, people, length, handoff, zone, restrictions);
	}

	private static ScheduleOverride override(UserId user, String start, String end, String created) {
		return new ScheduleOverride(OverrideId.random(), SCHEDULE, user, at(BERLIN, start), at(BERLIN, end),
				at(BERLIN, created));
	}

	private static Instant at(ZoneId zone, String local) {
		return ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant();
	}

	private static String local(ZoneId zone, Instant instant) {
		return instant.atZone(zone).toLocalDateTime().toString();
	}

}
