package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's shifts across schedules as iCalendar text, read back by a real parser:
 * their own stretches only, overrides counted, and UIDs that stay put as time moves on.
 */
class PersonalCalendarTests {

	private static final UserId ALICE = new UserId(new UUID(0, 1));

	private static final UserId BOB = new UserId(new UUID(0, 2));

	private static final UserId CAROL = new UserId(new UUID(0, 3));

	private static final TeamId TEAM = new TeamId(new UUID(2, 0));

	private static final Schedule PRIMARY = new Schedule(new ScheduleId(new UUID(1, 1)), TEAM, "Primary");

	private static final Schedule DATABASE = new Schedule(new ScheduleId(new UUID(1, 2)), TEAM, "Database");

	private static final Rotation DAILY = new Rotation(new RotationId(new UUID(3, 1)), PRIMARY.id(), "Daily", 1,
			List.of(ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS), Instant.parse("2027-01-04T08:00:00Z"),
			ZoneOffset.UTC, List.of());

	private static final Rotation NIGHTS = new Rotation(new RotationId(new UUID(3, 2)), DATABASE.id(), "Nights", 1,
			List.of(CAROL, ALICE), new ShiftLength(2, ShiftUnit.DAYS), Instant.parse("2027-01-04T00:00:00Z"),
			ZoneOffset.UTC, List.of());

	/** Alice steps in for part of Bob's turn. */
	private static final ScheduleOverride ALICE_STEPS_IN = new ScheduleOverride(new OverrideId(new UUID(4, 1)),
			PRIMARY.id(), ALICE, Instant.parse("2027-01-07T12:00:00Z"), Instant.parse("2027-01-07T16:00:00Z"),
			Instant.parse("2027-01-01T00:00:00Z"));

	/** Carol takes the whole of Alice's turn on the 8th. */
	private static final ScheduleOverride CAROL_TAKES_OVER = new ScheduleOverride(new OverrideId(new UUID(4, 2)),
			PRIMARY.id(), CAROL, Instant.parse("2027-01-08T08:00:00Z"), Instant.parse("2027-01-09T08:00:00Z"),
			Instant.parse("2027-01-01T00:00:00Z"));

	private static final Instant FROM = Instant.parse("2027-01-04T12:00:00Z");

	private static final Instant TO = Instant.parse("2027-01-10T12:00:00Z");

	@Test
	void showsTheirOwnWholeStretchesInEverySchedulePlusOverridesGivingThemOne() {
		ParsedCalendar alice = ParsedCalendar.of(render(ALICE, "Alice", FROM, TO));
		assertThat(alice.name()).isEqualTo("On call: Alice");
		assertThat(alice.events().stream().map(ParsedCalendar.Event::when)).containsExactly(
				"On call: Database (Nights) 2027-01-06T00:00:00Z/2027-01-08T00:00:00Z",
				"On call: Primary (Daily) 2027-01-06T08:00:00Z/2027-01-07T08:00:00Z",
				"On call: Primary (override) 2027-01-07T12:00:00Z/2027-01-07T16:00:00Z");
		assertThat(alice.events().get(2).description()).isEqualTo("You are on call for Primary, by an override.");
	}

	@Test
	void neverShowsAnotherPersonsStretches() {
		ParsedCalendar bob = ParsedCalendar.of(render(BOB, "Bob", FROM, TO));
		assertThat(bob.events().stream().map(ParsedCalendar.Event::when)).containsExactly(
				"On call: Primary (Daily) 2027-01-05T08:00:00Z/2027-01-06T08:00:00Z",
				"On call: Primary (Daily) 2027-01-07T08:00:00Z/2027-01-07T12:00:00Z",
				"On call: Primary (Daily) 2027-01-07T16:00:00Z/2027-01-08T08:00:00Z",
				"On call: Primary (Daily) 2027-01-09T08:00:00Z/2027-01-10T08:00:00Z");
		ParsedCalendar nobody = ParsedCalendar.of(render(new UserId(new UUID(0, 9)), "Dan", FROM, TO));
		assertThat(nobody.events()).isEmpty();
	}

	@Test
	void aFeedWithoutShiftsIsStillAValidCalendar() {
		Schedule empty = new Schedule(new ScheduleId(new UUID(1, 3)), TEAM, "Empty");
		String schedule = ScheduleCalendar.render(empty, FinalSchedule.compute(List.of(), List.of(), FROM, TO),
				(u) -> u.toString(), FROM);
		String personal = PersonalCalendar.render(ALICE, "Alice",
				List.of(new PersonalCalendar.Plan(empty, FinalSchedule.compute(List.of(), List.of(), FROM, TO))), FROM);
		for (String ics : List.of(schedule, personal)) {
			assertThat(ParsedCalendar.of(ics).events()).isEmpty();
			assertThat(ics).endsWith("END:VTIMEZONE\r\nEND:VCALENDAR\r\n");
		}
	}

	@Test
	void aStretchKeepsItsUidWhenTheFeedIsComputedLater() {
		ParsedCalendar early = ParsedCalendar.of(render(ALICE, "Alice", FROM, TO));
		Duration day = Duration.ofDays(1);
		ParsedCalendar later = ParsedCalendar.of(render(ALICE, "Alice", FROM.plus(day), TO.plus(day)));
		assertThat(later.events()).containsAll(early.events()).hasSize(early.events().size() + 1);
		assertThat(early.uids()).doesNotHaveDuplicates();
	}

	@Test
	void aStretchHasAnotherUidThanInTheSchedulesOwnFeed() {
		List<String> personal = ParsedCalendar.of(render(ALICE, "Alice", FROM, TO)).uids();
		List<String> schedule = ParsedCalendar
			.of(ScheduleCalendar.render(PRIMARY, plan(PRIMARY, FROM, TO), (u) -> u.toString(),
					Instant.parse("2027-01-01T00:00:00Z")))
			.uids();
		assertThat(personal).doesNotContainAnyElementsOf(schedule);
	}

	private static String render(UserId person, String name, Instant from, Instant to) {
		return PersonalCalendar.render(person, name,
				List.of(new PersonalCalendar.Plan(PRIMARY, plan(PRIMARY, from, to)),
						new PersonalCalendar.Plan(DATABASE, plan(DATABASE, from, to))),
				Instant.parse("2027-01-01T00:00:00Z"));
	}

	private static FinalSchedule plan(Schedule schedule, Instant from, Instant to) {
		return schedule.equals(PRIMARY)
				? FinalSchedule.compute(List.of(DAILY), List.of(ALICE_STEPS_IN, CAROL_TAKES_OVER), from, to)
				: FinalSchedule.compute(List.of(NIGHTS), List.of(), from, to);
	}

}
