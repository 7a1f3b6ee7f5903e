package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/** A final schedule as iCalendar text: shape, escaping, folding and stable UIDs. */
class ScheduleCalendarTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final UserId ALICE = new UserId(new UUID(0, 1));

	private static final UserId BOB = new UserId(new UUID(0, 2));

	private static final Schedule SCHEDULE = new Schedule(new ScheduleId(new UUID(1, 0)), new TeamId(new UUID(2, 0)),
			"Primary; EU, nights");

	private static final Rotation DAILY = new Rotation(new RotationId(new UUID(3, 0)), SCHEDULE.id(), "Daily", 1,
			List.of(ALICE, BOB), new ShiftLength(1, ShiftUnit.DAYS), Instant.parse("2027-01-04T08:00:00Z"), BERLIN,
			List.of(Restriction.daily(LocalTime.of(9, 0), LocalTime.of(21, 0))));

	@Test
	void eachWholeStretchIsAnEventInUtcAndGapsAndCutStretchesAreLeftOut() {
		String ics = render(Instant.parse("2027-01-04T12:00:00Z"), Instant.parse("2027-01-06T12:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
		assertThat(ics).contains("DTSTART:20270105T080000Z\r\n", "DTEND:20270105T200000Z\r\n",
				"SUMMARY:On call: Bob (Daily)\r\n");
		assertThat(ics).doesNotContain("Alice");
	}

	@Test
	void theSameStretchKeepsItsUidWhenTheFeedIsComputedLater() {
		String early = render(Instant.parse("2027-01-04T12:00:00Z"), Instant.parse("2027-01-08T12:00:00Z"));
		String later = render(Instant.parse("2027-01-05T00:00:00Z"), Instant.parse("2027-01-09T00:00:00Z"));
		String uid = early.lines().filter((l) -> l.startsWith("UID:")).findFirst().orElseThrow();
		assertThat(later.lines().toList()).contains(uid);
		assertThat(early.lines().filter((l) -> l.startsWith("UID:")).distinct().count()).isEqualTo(3);
	}

	@Test
	void textIsEscapedAndLongLinesAreFoldedAtSeventyFiveOctets() {
		String ics = render(Instant.parse("2027-01-04T12:00:00Z"), Instant.parse("2027-01-06T12:00:00Z"));
		assertThat(ics).contains("X-WR-CALNAME:On call: Primary\\; EU\\, nights\r\n");
		assertThat(Arrays.stream(ics.split("\r\n")))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(ics.replace("\r\n ", "")).contains("is on call for Primary\\; EU\\, nights\\, from layer Daily.");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void foldingNeverSplitsACharacter() {
		String name = "Zoë Ångström-Øverland ".repeat(5);
		String ics = ScheduleCalendar.render(SCHEDULE,
				plan(Instant.parse("2027-01-04T12:00:00Z"), Instant.parse("2027-01-06T12:00:00Z")), (u) -> name,
				Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(ics).contains("\r\n ");
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:On call: " + name + " (Daily)");
		assertThat(Arrays.stream(ics.split("\r\n")))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
	}

	private static String render(Instant from, Instant to) {
		return ScheduleCalendar.render(SCHEDULE, plan(from, to), (u) -> u.equals(ALICE) ? "Alice" : "Bob",
				Instant.parse("2027-01-01T00:00:00Z"));
	}

	private static FinalSchedule plan(Instant from, Instant to) {
		return FinalSchedule.compute(List.of(DAILY), List.of(), from, to);
	}

}
