package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.RawProperty;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/**
 * Reads an RFC 5545 calendar whose events are on-call shifts: each event's summary names
 * the person, optionally after a Grafana OnCall layer prefix {@code [L0]} … {@code [L9]}
 * (a higher layer wins where shifts overlap). A calendar holds no rotation, only dates,
 * so the shifts become fixed overrides on a new schedule: recurring events are expanded
 * over the next {@link #HORIZON}, single events are kept up to a year ahead, shifts
 * already over are left out.
 */
final class IcalImport {

	static final String SOURCE = "ical";

	static final Duration HORIZON = Duration.ofDays(56);

	static final int MAX_SHIFTS = 2000;

	private static final Pattern LAYER = Pattern.compile("^\\s*\\[L([0-9])\\]\\s*(.*)$");

	private static final Pattern TZID = Pattern.compile("TZID=\"?([^\";:]+)\"?[;:]");

	private IcalImport() {
	}

	static ImportPlan read(String text, String name, ImportContext context) {
		ICalendar calendar = parse(text);
		String title = ImportJson.name(!name.isBlank() ? name : title(calendar), "name");
		Reading reading = new Reading(context, calendar);
		List<VEvent> events = calendar.getEvents();
		for (int i = 0; i < events.size(); i++) {
			reading.event(i, events.get(i));
		}
		ImportPlan.Builder plan = new ImportPlan.Builder(SOURCE);
		reading.schedule(title, plan);
		reading.items.forEach((item) -> plan.item(item.object(), item.mark(), item.reasons()));
		return plan.build();
	}

	/** What has been read of a calendar so far. */
	private static final class Reading {

		private final ImportContext context;

		private final TimezoneInfo zones;

		private final ZoneId zone;

		private final Set<String> moved = new HashSet<>();

		private final List<ImportPlan.Item> items = new ArrayList<>();

		private final List<ImportPlan.FixedShift> shifts = new ArrayList<>();

		private boolean recurring;

		private int over;

		Reading(ImportContext context, ICalendar calendar) {
			this.context = context;
			this.zones = calendar.getTimezoneInfo();
			this.zone = context.team().zone();
			// An occurrence moved by a RECURRENCE-ID event is left out of its series.
			for (VEvent event : calendar.getEvents()) {
				if (event.getRecurrenceId() != null && event.getUid() != null) {
					this.moved
						.add(event.getUid().getValue() + "|" + instant(event.getRecurrenceId(), this.zones, this.zone));
				}
			}
		}

		void event(int index, VEvent event) {
			String uid = (event.getUid() != null) ? event.getUid().getValue() : "";
			String field = "VEVENT[" + index + "]" + (uid.isEmpty() ? "" : " (UID " + uid + ")");
			String summary = (event.getSummary() != null) ? event.getSummary().getValue() : "";
			if (summary == null || summary.isBlank()) {
				throw RequestRejected.invalid(field + ".SUMMARY", "The event has no summary naming who is on call.");
			}
			Matcher m = LAYER.matcher(summary);
			int layer = m.matches() ? Integer.parseInt(m.group(1)) : 0;
			UserId user = this.context.people()
				.byAnyName(field + ".SUMMARY", m.matches() ? m.group(2) : summary.strip());
			if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
				throw RequestRejected.invalid(field + ".DTSTART", "The event has no valid start.");
			}
			Instant start = instant(event.getDateStart(), this.zones, this.zone);
			Duration length = length(event, start, this.zones, this.zone, field);
			boolean repeats = event.getRecurrenceRule() != null || !event.getRecurrenceDates().isEmpty();
			this.recurring |= repeats;
			Instant until = this.context.now().plus(repeats ? HORIZON : Schedules.MAX_RANGE);
			int kept = 0;
			for (Instant occurrence : occurrences(event, repeats, start, this.zones, this.zone, until)) {
				if (event.getRecurrenceId() == null && this.moved.contains(uid + "|" + occurrence)) {
					continue;
				}
				if (!occurrence.plus(length).isAfter(this.context.now())) {
					this.over++;
					continue;
				}
				this.shifts.add(new ImportPlan.FixedShift(occurrence, occurrence.plus(length), user, layer, field));
				kept++;
				if (this.shifts.size() > MAX_SHIFTS) {
					throw RequestRejected.invalid("body",
							"The calendar has more than " + MAX_SHIFTS + " shifts ahead; import a shorter stretch.");
				}
			}
			item("event \"" + summary.strip() + "\" (" + field + ")", kept, user, layer, repeats);
		}

		private void item(String object, int kept, UserId user, int layer, boolean repeats) {
			long weeks = HORIZON.toDays() / 7;
			if (kept == 0) {
				this.items.add(new ImportPlan.Item(object, ImportPlan.Mark.CANNOT,
						List.of("It is over already (or has no occurrence in the next " + weeks
								+ " weeks); nothing to import.")));
				return;
			}
			String becomes = kept + (kept == 1 ? " shift" : " shifts") + " of " + this.context.people().label(user)
					+ " on layer L" + layer + ".";
			this.items
				.add(repeats
						? new ImportPlan.Item(object, ImportPlan.Mark.PARTLY,
								List.of(becomes,
										"Its recurrence is expanded over the next " + weeks
												+ " weeks into fixed shifts."))
						: new ImportPlan.Item(object, ImportPlan.Mark.MAPS, List.of(becomes)));
		}

		void schedule(String title, ImportPlan.Builder plan) {
			List<Shift> flat = flatten(checked(this.shifts, this.context));
			if (flat.isEmpty()) {
				plan.item("schedule \"" + title + "\"", ImportPlan.Mark.CANNOT,
						List.of("The calendar has no shift ahead, so there is nothing to import."));
				return;
			}
			List<String> caveats = new ArrayList<>();
			caveats.add("⚠ fixed shifts until " + this.context.shown(flat.get(flat.size() - 1).end(), this.zone)
					+ (this.recurring ? ": the recurring pattern is not kept."
							: ": a calendar holds no rotation to keep."));
			caveats.add("The " + flat.size() + " stretches become overrides on a new schedule"
					+ ((this.over > 0) ? "; " + this.over + " shifts already over are left out." : "."));
			if (this.shifts.stream().map(ImportPlan.FixedShift::layer).distinct().count() > 1) {
				caveats.add("Where layers overlap, the higher layer's person is kept, as in Grafana OnCall.");
			}
			plan.item("schedule \"" + title + "\"", ImportPlan.Mark.PARTLY, caveats);
			plan.schedule(new ImportPlan.PlannedSchedule(title, List.of(), flat));
		}

	}

	private static String title(ICalendar calendar) {
		if (!calendar.getNames().isEmpty() && calendar.getNames().get(0).getValue() != null) {
			return calendar.getNames().get(0).getValue().strip();
		}
		RawProperty wr = calendar.getExperimentalProperty("X-WR-CALNAME");
		return (wr != null && wr.getValue() != null && !wr.getValue().isBlank()) ? wr.getValue().strip()
				: "Imported calendar";
	}

	private static ICalendar parse(String text) {
		Matcher tz = TZID.matcher(text);
		Set<String> defined = new HashSet<>();
		Matcher definitions = Pattern.compile("(?m)^TZID:(.+?)\\r?$").matcher(text);
		while (definitions.find()) {
			defined.add(definitions.group(1).strip());
		}
		while (tz.find()) {
			String id = tz.group(1).strip();
			if (!defined.contains(id) && !ZoneId.getAvailableZoneIds().contains(id)) {
				throw RequestRejected.invalid("TZID", "There is no time zone " + id
						+ " and the calendar does not define it; use an IANA name such as Europe/Berlin.");
			}
		}
		List<ICalendar> calendars;
		try {
			calendars = Biweekly.parse(text).all();
		}
		catch (RuntimeException ex) {
			calendars = List.of();
		}
		if (calendars.isEmpty() || !text.contains("END:VCALENDAR")) {
			throw RequestRejected.invalid("body",
					"This is not an iCalendar file: it needs BEGIN:VCALENDAR … END:VCALENDAR with VEVENTs in it.");
		}
		return calendars.get(0);
	}

	private static Duration length(VEvent event, Instant start, TimezoneInfo zones, ZoneId zone, String field) {
		Duration length;
		if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
			length = Duration.between(start, instant(event.getDateEnd(), zones, zone));
		}
		else if (event.getDuration() != null && event.getDuration().getValue() != null) {
			length = Duration.ofMillis(event.getDuration().getValue().toMillis());
		}
		else {
			length = event.getDateStart().getValue().hasTime() ? Duration.ZERO : Duration.ofDays(1);
		}
		if (length.isNegative() || length.isZero()) {
			throw RequestRejected.invalid(field + ".DTEND",
					"The shift ends when it starts or before; give it an end after its start.");
		}
		return length;
	}

	private static List<Instant> occurrences(VEvent event, boolean repeats, Instant start, TimezoneInfo zones,
			ZoneId zone, Instant until) {
		if (!repeats) {
			return start.isBefore(until) ? List.of(start) : List.of();
		}
		TimezoneAssignment assigned = zones.getTimezone(event.getDateStart());
		TimeZone timeZone = (assigned != null) ? assigned.getTimeZone()
				: TimeZone.getTimeZone(zones.isFloating(event.getDateStart()) ? zone : ZoneId.of("UTC"));
		List<Instant> found = new ArrayList<>();
		DateIterator dates = event.getDateIterator(timeZone);
		while (dates.hasNext() && found.size() <= MAX_SHIFTS) {
			Instant at = dates.next().toInstant();
			if (!at.isBefore(until)) {
				break;
			}
			found.add(at);
		}
		return found;
	}

	/**
	 * The property's instant; a floating time (no zone, no Z) or a date is read on the
	 * team's clock rather than the server's.
	 */
	private static Instant instant(DateOrDateTimeProperty property, TimezoneInfo zones, ZoneId zone) {
		ICalDate date = property.getValue();
		if (!date.hasTime() || zones.isFloating(property)) {
			LocalDateTime local = LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
			return local.atZone(zone).toInstant();
		}
		return date.toInstant();
	}

	private static List<ImportPlan.FixedShift> checked(List<ImportPlan.FixedShift> shifts, ImportContext context) {
		List<ImportPlan.FixedShift> sorted = new ArrayList<>(shifts);
		sorted.sort(Comparator.comparingInt(ImportPlan.FixedShift::layer).thenComparing(ImportPlan.FixedShift::start));
		for (int i = 1; i < sorted.size(); i++) {
			ImportPlan.FixedShift a = sorted.get(i - 1);
			ImportPlan.FixedShift b = sorted.get(i);
			if (a.layer() == b.layer() && b.start().isBefore(a.end())) {
				ZoneId zone = context.team().zone();
				throw RequestRejected.invalid(b.event() + ".DTSTART",
						"It overlaps " + a.event() + " on layer L" + a.layer() + ": " + context.people().label(a.user())
								+ " until " + context.shown(a.end(), zone) + ", " + context.people().label(b.user())
								+ " from " + context.shown(b.start(), zone)
								+ ". Put one of them on another layer ([L1]) or fix the times.");
			}
		}
		return sorted;
	}

	/** One person at a time: where layers overlap the higher layer's shift is kept. */
	static List<Shift> flatten(List<ImportPlan.FixedShift> shifts) {
		TreeSet<Instant> edges = new TreeSet<>();
		shifts.forEach((s) -> edges.addAll(List.of(s.start(), s.end())));
		List<Shift> flat = new ArrayList<>();
		Instant from = null;
		for (Instant edge : edges) {
			if (from != null) {
				Instant at = from;
				ImportPlan.FixedShift top = shifts.stream()
					.filter((s) -> !at.isBefore(s.start()) && at.isBefore(s.end()))
					.max(Comparator.comparingInt(ImportPlan.FixedShift::layer))
					.orElse(null);
				if (top != null) {
					Shift last = flat.isEmpty() ? null : flat.get(flat.size() - 1);
					if (last != null && last.end().equals(at) && last.user().equals(top.user())) {
						flat.set(flat.size() - 1, new Shift(last.start(), edge, last.user()));
					}
					else {
						flat.add(new Shift(at, edge, top.user()));
					}
				}
			}
			from = edge;
		}
		return flat;
	}

}
