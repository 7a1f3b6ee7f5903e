package dev.sharpend.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.sharpend.identity.UserId;

/**
 * One person's shifts across every schedule as an RFC 5545 iCalendar document, each event
 * titled by its schedule. What a final schedule gives them counts (an override that hands
 * them a stretch included, a turn overridden away from them not). A UID is derived from
 * the schedule, the person and the stretch, like a schedule feed's, but from another key:
 * the two feeds describe a shift differently, and a calendar app that knows both must not
 * take one for an edit of the other.
 */
final class PersonalCalendar {

	private PersonalCalendar() {
	}

	/**
	 * The document, lines ending in CRLF and folded at 75 octets.
	 * @param name the person's name, for the calendar's title
	 * @param plans each schedule with its final schedule over the feed's range
	 */
	static String render(UserId person, String name, List<Plan> plans, Instant stamp) {
		List<ScheduleCalendar.Event> events = new ArrayList<>();
		for (Plan plan : plans) {
			Schedule schedule = plan.schedule();
			for (Slot slot : ScheduleCalendar.whole(plan.plan())) {
				if (person.equals(slot.user())) {
					String key = "person|" + schedule.id() + "|" + person + "|" + slot.start() + "|" + slot.end();
					events.add(new ScheduleCalendar.Event(ScheduleCalendar.uid(key), slot,
							"On call: " + schedule.name() + " (" + ScheduleCalendar.source(slot) + ")",
							"You are on call for " + schedule.name() + ", " + ScheduleCalendar.how(slot) + "."));
				}
			}
		}
		events.sort(Comparator.comparing((ScheduleCalendar.Event e) -> e.slot().start()));
		StringBuilder out = ScheduleCalendar.begin("On call: " + name);
		events.forEach((e) -> ScheduleCalendar.event(out, e, stamp));
		return ScheduleCalendar.end(out, events.isEmpty());
	}

	/**
	 * A schedule and who is on call in it over a range.
	 *
	 * @param schedule the schedule
	 * @param plan its final schedule
	 */
	record Plan(Schedule schedule, FinalSchedule plan) {
	}

}
