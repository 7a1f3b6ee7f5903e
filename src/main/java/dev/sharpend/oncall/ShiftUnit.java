package dev.sharpend.oncall;

import java.time.temporal.ChronoUnit;

import dev.sharpend.system.WireCode;

/** The unit a rotation's shift length counts in, always on the rotation's wall clock. */
public enum ShiftUnit implements WireCode {

	/** Clock hours: a 12-hour shift handing off at 08:00 hands off at 08:00 and 20:00. */
	HOURS("hours", ChronoUnit.HOURS),

	/** Calendar days: a daily 09:00 handoff stays at 09:00 across a DST change. */
	DAYS("days", ChronoUnit.DAYS),

	/** Calendar weeks: the handoff keeps its weekday and clock time. */
	WEEKS("weeks", ChronoUnit.WEEKS);

	private final String code;

	private final ChronoUnit unit;

	ShiftUnit(String code, ChronoUnit unit) {
		this.code = code;
		this.unit = unit;
	}

	@Override
	public String code() {
		return this.code;
	}

	ChronoUnit chronoUnit() {
		return this.unit;
	}

}
