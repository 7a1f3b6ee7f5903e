package dev.sharpend.oncall.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.Slot;

/**
 * One stretch of the final schedule as a line of the list under the timeline.
 *
 * @param text "Mon 7 Dec 09:00 to Tue 8 Dec 09:00: Alice, layer Primary"
 * @param gap whether nobody is on call
 */
record SlotLine(String text, boolean gap) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	static SlotLine of(Slot slot, Function<UserId, String> names, ZoneId zone) {
		String span = TIME.format(slot.start().atZone(zone)) + " to " + TIME.format(slot.end().atZone(zone)) + ": ";
		UserId user = slot.user();
		if (user == null) {
			return new SlotLine(span + "nobody on call", true);
		}
		String source = (slot.layer() != null) ? "layer " + slot.layer() : "override";
		return new SlotLine(span + names.apply(user) + ", " + source, false);
	}

}
