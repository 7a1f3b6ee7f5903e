package dev.sharpend.oncall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/**
 * Finds the Sharpend person an imported object names. Only active accounts count. An
 * e-mail address is compared without regard to case; a calendar may also name someone by
 * display name or by user name (the part of the e-mail address before the {@code @}), as
 * long as only one person answers to it.
 */
final class ImportPeople {

	private final List<User> users;

	ImportPeople(List<User> users) {
		this.users = users.stream().filter(User::active).toList();
	}

	/**
	 * The person with this e-mail address.
	 * @throws RequestRejected naming the field when nobody has it
	 */
	UserId byEmail(String field, @Nullable String email) {
		String wanted = key(email);
		if (wanted.isEmpty()) {
			throw RequestRejected.invalid(field, "Give the person's e-mail address.");
		}
		return this.users.stream()
			.filter((u) -> key(u.email()).equals(wanted))
			.findFirst()
			.map(User::id)
			.orElseThrow(() -> RequestRejected.invalid(field, "No Sharpend user has the e-mail " + email.strip()
					+ "; invite them first or correct the address."));
	}

	/** The one person whose display name is this, if exactly one is. */
	Optional<UserId> byName(@Nullable String name) {
		String wanted = key(name);
		List<User> found = this.users.stream().filter((u) -> key(u.displayName()).equals(wanted)).toList();
		return (found.size() == 1 && !wanted.isEmpty()) ? Optional.of(found.get(0).id()) : Optional.empty();
	}

	/**
	 * The person a calendar event's summary names: by e-mail, display name or user name,
	 * tried in that order.
	 * @throws RequestRejected naming the field when nobody or several people answer
	 */
	UserId byAnyName(String field, String text) {
		String wanted = key(text);
		for (Function<User, String> part : List.<Function<User, String>>of(User::email, User::displayName,
				ImportPeople::userName)) {
			List<User> found = this.users.stream().filter((u) -> key(part.apply(u)).equals(wanted)).toList();
			if (found.size() == 1) {
				return found.get(0).id();
			}
			if (found.size() > 1) {
				throw RequestRejected.invalid(field,
						"Several Sharpend users answer to \"" + text + "\"; name the person by e-mail instead.");
			}
		}
		throw RequestRejected.invalid(field, "No Sharpend user has the e-mail, name or user name \"" + text
				+ "\"; invite them first or correct the event's summary.");
	}

	/** How a person is shown in a plan. */
	String label(UserId id) {
		return this.users.stream()
			.filter((u) -> u.id().equals(id))
			.findFirst()
			.map((u) -> u.displayName() + " <" + u.email() + ">")
			.orElse(id.toString());
	}

	private static String userName(User user) {
		int at = user.email().indexOf('@');
		return (at > 0) ? user.email().substring(0, at) : user.email();
	}

	private static String key(@Nullable String value) {
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
	}

}
