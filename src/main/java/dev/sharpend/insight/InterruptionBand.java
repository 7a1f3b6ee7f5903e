package dev.sharpend.insight;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * When in the day a page interrupted, on the wall clock of the rotation's time zone (so a
 * daylight-saving change moves the bands with the clock, not with UTC). Every instant is
 * in exactly one band; sleep wins over the weekend, so a Saturday 23:00 page is sleep.
 * Interruptions are counted per rotation and team, never per person.
 */
enum InterruptionBand {

	/** 08:00 to 18:00, Monday to Friday. */
	BUSINESS,

	/** 18:00 to 22:00 Monday to Friday, and 08:00 to 22:00 on Saturday and Sunday. */
	OFF_HOURS,

	/** 22:00 to 08:00, every night of the week. */
	SLEEP;

	static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

	static final LocalTime BUSINESS_ENDS = LocalTime.of(18, 0);

	static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);

	/**
	 * The band of an instant in a time zone; each band includes its start, not its end.
	 */
	static InterruptionBand of(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (time.isBefore(DAY_STARTS) || !time.isBefore(NIGHT_STARTS)) {
			return SLEEP;
		}
		DayOfWeek day = local.getDayOfWeek();
		boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
		return (weekend || !time.isBefore(BUSINESS_ENDS)) ? OFF_HOURS : BUSINESS;
	}

	/** How many of these pages fell in each band; every band is present, zero or not. */
	static Map<InterruptionBand, Integer> count(Collection<Instant> pages, ZoneId zone) {
		Map<InterruptionBand, Integer> counts = zeros();
		for (Instant page : pages) {
			counts.merge(of(page, zone), 1, Integer::sum);
		}
		return counts;
	}

	/** A count of zero in every band, to add to. */
	static Map<InterruptionBand, Integer> zeros() {
		Map<InterruptionBand, Integer> counts = new EnumMap<>(InterruptionBand.class);
		for (InterruptionBand band : values()) {
			counts.put(band, 0);
		}
		return counts;
	}

}
