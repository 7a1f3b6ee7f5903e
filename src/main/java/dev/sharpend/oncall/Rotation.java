package dev.sharpend.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;

/**
 * People taking turns, one layer of a schedule. Turns begin at the handoff and follow
 * each other every shift length in the participants' order, then start over; the same
 * person may be listed more than once. Handoffs are computed on the wall clock of the
 * rotation's zone, so a daily 09:00 handoff stays at 09:00 when the clocks change. A
 * handoff that falls into a skipped hour moves to the first valid time after it; one in a
 * repeated hour takes the earlier of the two. Before its first handoff the rotation has
 * nobody. With restrictions, the layer takes part only inside their windows.
 *
 * @param id the rotation's id
 * @param schedule the schedule it is a layer of
 * @param name how the layer is shown ("Primary")
 * @param layer its rank in the schedule; a higher layer wins where it has someone
 * @param participants the people in turn order
 * @param length how long each turn lasts
 * @param handoff when the first turn begins
 * @param zone the zone whose wall clock times the handoffs and restrictions
 * @param restrictions the windows the layer is limited to, none for always
 */
public record Rotation(RotationId id, ScheduleId schedule, String name, int layer, List<UserId> participants,
		ShiftLength length, Instant handoff, ZoneId zone, List<Restriction> restrictions) {

	public Rotation {
		participants = List.copyOf(participants);
		restrictions = List.copyOf(restrictions);
	}

	/**
	 * The turns that touch [from, to), trimmed to the restrictions' windows but not to
	 * the range, in order.
	 */
	public List<Shift> shifts(Instant from, Instant to) {
		List<Shift> turns = turns(from, to);
		if (this.restrictions.isEmpty() || turns.isEmpty()) {
			return turns;
		}
		List<Period> windows = windows(turns.get(0).start(), turns.get(turns.size() - 1).end());
		List<Shift> restricted = new ArrayList<>();
		for (Shift turn : turns) {
			for (Period window : windows) {
				Instant start = later(turn.start(), window.start());
				Instant end = earlier(turn.end(), window.end());
				if (start.isBefore(end)) {
					restricted.add(new Shift(start, end, turn.user()));
				}
			}
		}
		return restricted;
	}

	/** When turn {@code index} (0 is the first) begins. */
	Instant handoff(long index) {
		LocalDateTime first = this.handoff.atZone(this.zone).toLocalDateTime();
		LocalDateTime local = first.plus(index * this.length.amount(), this.length.unit().chronoUnit());
		return ZonedDateTime.of(local, this.zone).toInstant();
	}

	private List<Shift> turns(Instant from, Instant to) {
		List<Shift> turns = new ArrayList<>();
		if (this.participants.isEmpty() || !to.isAfter(this.handoff)) {
			return turns;
		}
		long index = firstTurnTouching(from);
		for (Instant start = handoff(index); start.isBefore(to); index++) {
			Instant end = handoff(index + 1);
			if (end.isAfter(start)) {
				turns.add(new Shift(start, end, this.participants.get((int) (index % this.participants.size()))));
			}
			start = end;
		}
		return turns;
	}

	private long firstTurnTouching(Instant from) {
		if (!from.isAfter(this.handoff)) {
			return 0;
		}
		LocalDateTime first = this.handoff.atZone(this.zone).toLocalDateTime();
		LocalDateTime local = from.atZone(this.zone).toLocalDateTime();
		long index = Math.max(0, this.length.unit().chronoUnit().between(first, local) / this.length.amount());
		while (index > 0 && handoff(index).isAfter(from)) {
			index--;
		}
		while (!handoff(index + 1).isAfter(from)) {
			index++;
		}
		return index;
	}

	/** The restrictions' windows from start to end, overlapping ones joined. */
	private List<Period> windows(Instant start, Instant end) {
		List<Period> all = new ArrayList<>();
		this.restrictions.forEach((r) -> all.addAll(r.periods(this.zone, start, end)));
		all.sort((a, b) -> a.start().compareTo(b.start()));
		List<Period> joined = new ArrayList<>();
		for (Period p : all) {
			Period last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && !p.start().isAfter(last.end())) {
				joined.set(joined.size() - 1, new Period(last.start(), later(last.end(), p.end())));
			}
			else {
				joined.add(p);
			}
		}
		return joined;
	}

	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
