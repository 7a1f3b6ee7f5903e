package dev.sharpend.oncall.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.system.RequestRejected;

/** Reading ids and times from requests, and saying who is on call in words. */
final class OnCallText {

	private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private OnCallText() {
	}

	static UUID uuid(String field, @Nullable String value) {
		try {
			return UUID.fromString((value != null) ? value.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(field, "Give the " + field + " as an id such as "
					+ "3f2b6c1e-8d4a-4b7e-9c0f-1a2b3c4d5e6f, not " + value + ".");
		}
	}

	static List<UserId> users(String field, @Nullable List<String> values) {
		List<UserId> users = new ArrayList<>();
		if (values != null) {
			values.forEach((v) -> users.add(new UserId(uuid(field, v))));
		}
		return users;
	}

	static @Nullable Instant instant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field,
					"Give " + field + " as an ISO 8601 time with an offset, such as 2027-01-04T09:00:00+01:00.");
		}
	}

	static Map<UserId, String> names(Accounts accounts) {
		return accounts.users().stream().collect(Collectors.toMap(User::id, User::displayName, (a, b) -> a));
	}

	/** "Alice, from layer Primary, until Tue 09:00", times on the zone's clock. */
	static String explain(OnCall answer, Function<UserId, String> names, ZoneId zone, Instant at) {
		String until = (answer.until() != null) ? "until " + when(answer.until(), zone, at)
				: "for at least the next " + OnCallLookup.HORIZON.toDays() / 7 + " weeks";
		UserId user = answer.user();
		if (user == null) {
			return "Nobody is on call " + until;
		}
		String source = answer.override() ? "by an override" : "from layer " + answer.layer();
		return names.apply(user) + ", " + source + ", " + until;
	}

	/** A weekday and time within the coming week, with the date further out. */
	static String when(Instant instant, ZoneId zone, Instant now) {
		boolean soon = Duration.between(now, instant).compareTo(Duration.ofDays(6)) < 0;
		return (soon ? WEEKDAY_TIME : DATE_TIME).format(instant.atZone(zone));
	}

}
