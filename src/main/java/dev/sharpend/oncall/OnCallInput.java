package dev.sharpend.oncall;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/** Checks shared by teams, rotations and overrides; each refusal names its field. */
final class OnCallInput {

	static final int MAX_NAME = 200;

	private OnCallInput() {
	}

	static String name(@Nullable String value, String what) {
		String name = (value != null) ? value.strip() : "";
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw RequestRejected.invalid("name", "Give the " + what + " a name of 1 to " + MAX_NAME + " characters.");
		}
		return name;
	}

	/** An IANA zone such as Europe/Berlin; fixed offsets are refused, they ignore DST. */
	static ZoneId zone(String field, @Nullable String value) {
		String id = (value != null) ? value.strip() : "";
		if (id.isEmpty()) {
			throw RequestRejected.invalid(field, "Choose a time zone such as Europe/Berlin or America/New_York.");
		}
		try {
			if (ZoneId.getAvailableZoneIds().contains(id)) {
				return ZoneId.of(id);
			}
		}
		catch (DateTimeException ex) {
			// Falls through to the refusal below.
		}
		throw RequestRejected.invalid(field,
				"There is no time zone " + id + "; use an IANA name such as Europe/Berlin or America/New_York.");
	}

	/** Users who can be on call: accounts that exist and are active. */
	static List<UserId> users(String field, Collection<UserId> ids, Accounts accounts) {
		Set<UserId> active = accounts.users().stream().filter(User::active).map(User::id).collect(Collectors.toSet());
		for (UserId id : ids) {
			if (!active.contains(id)) {
				throw RequestRejected.invalid(field, "There is no active user " + id + ".");
			}
		}
		return List.copyOf(ids);
	}

}
