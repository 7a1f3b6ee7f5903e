package dev.sharpend.insight;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sharpend.system.RequestRejected;

/**
 * An ISO-8601 week (Monday to Sunday; week 1 holds the year's first Thursday), written
 * {@code 2026-W13}. Which week an instant is in, and where a week starts and ends, depend
 * on the team's time zone: a week runs from Monday 00:00 to the next Monday 00:00 on its
 * wall clock, 167 or 169 hours long when it holds a daylight-saving change.
 *
 * @param year the week-based year, which differs from the calendar year around New Year
 * @param week the week of that year, 1 to 52 or 53
 */
record InsightWeek(int year, int week) implements Comparable<InsightWeek> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	InsightWeek {
		if (week < 1 || week > weeksIn(year)) {
			throw new IllegalArgumentException(year + " has no ISO week " + week);
		}
	}

	/** The week an instant falls in, on the wall clock of a time zone. */
	static InsightWeek of(Instant at, ZoneId zone) {
		return of(at.atZone(zone).toLocalDate());
	}

	static InsightWeek of(LocalDate day) {
		return new InsightWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The week a request names, such as {@code 2026-W13}.
	 * @throws RequestRejected naming the {@code week} parameter when it is not one
	 */
	static InsightWeek parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		try {
			if (matcher.matches()) {
				return new InsightWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			// falls through to the same answer as a malformed week
		}
		throw RequestRejected.invalid("week", "Unknown week '" + text + "': write an ISO week such as 2026-W13.");
	}

	/** Its Monday. */
	LocalDate monday() {
		return LocalDate.of(this.year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Monday 00:00 of the week in a time zone: its first instant. */
	Instant start(ZoneId zone) {
		return monday().atStartOfDay(zone).toInstant();
	}

	/** Monday 00:00 of the next week in a time zone: the first instant after the week. */
	Instant end(ZoneId zone) {
		return next().start(zone);
	}

	InsightWeek next() {
		return of(monday().plusWeeks(1));
	}

	InsightWeek previous() {
		return of(monday().minusWeeks(1));
	}

	@Override
	public int compareTo(InsightWeek other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.week, other.week);
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", this.year, this.week);
	}

	private static int weeksIn(int year) {
		// 28 December is always in the last ISO week of its year
		return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}
