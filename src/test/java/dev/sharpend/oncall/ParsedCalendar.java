package dev.sharpend.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An iCalendar feed as a calendar app reads it: parsed by a real RFC 5545 parser, which
 * must neither warn while reading it nor find it invalid.
 *
 * @param name the calendar's title
 * @param events its events in document order
 */
record ParsedCalendar(String name, List<Event> events) {

	static ParsedCalendar of(String ics) {
		List<List<ParseWarning>> warnings = new ArrayList<>();
		ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
		assertThat(calendar).as("an iCalendar document").isNotNull();
		assertThat(warnings.stream().flatMap(List::stream).toList()).as("warnings while parsing").isEmpty();
		// The parser moves VTIMEZONE components out of the calendar into its time zone
		// information; put them back, so the document is validated as it was written.
		calendar.getTimezoneInfo().getComponents().forEach(calendar::addComponent);
		assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
			.isTrue();
		List<Event> events = calendar.getEvents()
			.stream()
			.map((e) -> new Event(e.getUid().getValue(), e.getSummary().getValue(), e.getDescription().getValue(),
					e.getDateStart().getValue().toInstant(), e.getDateEnd().getValue().toInstant()))
			.toList();
		return new ParsedCalendar(calendar.getExperimentalProperty("X-WR-CALNAME").getValue(), events);
	}

	List<String> uids() {
		return this.events.stream().map(Event::uid).toList();
	}

	/** One event as read back. */
	record Event(String uid, String summary, String description, Instant start, Instant end) {

		/** The event without its UID, to compare with what a test expects. */
		String when() {
			return this.summary + " " + this.start + "/" + this.end;
		}

	}

}
