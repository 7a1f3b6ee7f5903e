package dev.sharpend.oncall.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.Restriction;
import dev.sharpend.oncall.Rotation;
import dev.sharpend.oncall.RotationDraft;
import dev.sharpend.oncall.Rotations;
import dev.sharpend.system.RequestRejected;

/**
 * The rotation form's fields as text, filled from a rotation, from defaults or from what
 * was submitted; the form has one restriction window (the API takes several).
 *
 * @param id the rotation's id, empty for a new one
 * @param name the layer's name
 * @param layer its rank as typed
 * @param participants e-mail addresses in turn order, one per line
 * @param shiftLength the number of units
 * @param shiftUnit hours, days or weeks
 * @param handoff the first handoff on the zone's wall clock ({@code 2027-01-04T09:00})
 * @param timeZone the IANA zone
 * @param days the window's weekday codes; none for no restriction
 * @param from the window's opening time
 * @param to its closing time
 */
record RotationEditor(String id, String name, String layer, String participants, String shiftLength, String shiftUnit,
		String handoff, String timeZone, Set<String> days, String from, String to) {

	static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(Rotations::dayCode).toList();

	static RotationEditor blank(ZoneId zone, Instant now) {
		String monday = now.atZone(zone).toLocalDate().with(DayOfWeek.MONDAY).atTime(9, 0).toString();
		return new RotationEditor("", "", "", "", "1", "weeks", monday, zone.getId(), Set.of(), "09:00", "17:00");
	}

	static RotationEditor of(Rotation r, Function<UserId, String> emails) {
		Restriction window = r.restrictions().isEmpty() ? null : r.restrictions().get(0);
		return new RotationEditor(r.id().toString(), r.name(), String.valueOf(r.layer()),
				r.participants().stream().map(emails).collect(Collectors.joining("\n")),
				String.valueOf(r.length().amount()), r.length().unit().code(),
				r.handoff().atZone(r.zone()).toLocalDateTime().toString(), r.zone().getId(),
				(window != null) ? window.days().stream().map(Rotations::dayCode).collect(Collectors.toSet())
						: Set.of(),
				(window != null) ? window.start().toString() : "09:00",
				(window != null) ? window.end().toString() : "17:00");
	}

	static RotationEditor submitted(String id, Map<String, String[]> form) {
		Function<String, String> one = (k) -> {
			String[] v = form.get(k);
			return (v != null && v.length > 0) ? v[0] : "";
		};
		String[] days = form.getOrDefault("days", new String[0]);
		return new RotationEditor(id, one.apply("name"), one.apply("layer"), one.apply("participants"),
				one.apply("shiftLength"), one.apply("shiftUnit"), one.apply("handoff"), one.apply("timeZone"),
				Set.of(days), one.apply("from"), one.apply("to"));
	}

	/** The window as words, "mon tue wed 09:00–17:00". */
	public String window() {
		String days = WEEKDAYS.stream().filter(this.days::contains).collect(Collectors.joining(" "));
		return days + " " + this.from + "–" + this.to;
	}

	/** The draft the form describes, people found by e-mail address. */
	RotationDraft draft(List<User> users) {
		Map<String, UserId> byEmail = users.stream()
			.collect(Collectors.toMap((u) -> u.email().toLowerCase(Locale.ROOT), User::id, (a, b) -> a));
		List<UserId> people = new ArrayList<>();
		for (String email : this.participants.split("[,;\\s]+")) {
			if (!email.isBlank()) {
				UserId user = byEmail.get(email.toLowerCase(Locale.ROOT));
				if (user == null) {
					throw RequestRejected.invalid("participants", "There is no user with the e-mail " + email + ".");
				}
				people.add(user);
			}
		}
		List<RotationDraft.Window> windows = this.days.isEmpty() ? List.of()
				: List.of(new RotationDraft.Window(List.copyOf(this.days), this.from, this.to));
		return new RotationDraft(this.name, number("layer", this.layer), people,
				(number("shiftLength", this.shiftLength) != null) ? number("shiftLength", this.shiftLength) : 0,
				this.shiftUnit, handoffInstant(), this.timeZone, windows);
	}

	private @Nullable Instant handoffInstant() {
		if (this.handoff.isBlank()) {
			return null;
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(this.timeZone.strip());
		}
		catch (DateTimeException ex) {
			// The zone is refused with its own message when the draft is checked.
			zone = ZoneOffset.UTC;
		}
		try {
			return LocalDateTime.parse(this.handoff.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid("handoff", "Give the first handoff as a date and time.");
		}
	}

	private static @Nullable Integer number(String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid(field, "Give a whole number, not " + value + ".");
		}
	}

}
