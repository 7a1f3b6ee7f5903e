package dev.sharpend.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.sharpend.system.RequestRejected;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the Sharpend users that other modules name on their records, so a role, an action
 * item or a review points at a person rather than at a string that may be a typo.
 */
@Service
@NamedInterface("api")
@Transactional(readOnly = true)
public class People {

	private static final int MAX_SHOWN = 80;

	private final UserRepository users;

	People(UserRepository users) {
		this.users = users;
	}

	/**
	 * The active user a request names by id or e-mail address (also in the
	 * {@code Name <e-mail>} form a picker offers).
	 * @param field the request field, named in the refusal
	 * @throws RequestRejected (400) naming {@code field} when no active user matches
	 */
	public Person require(String given, String field) {
		String value = mailbox(given.strip());
		boolean byId = looksLikeId(value);
		User user = (byId ? this.users.findById(UserId.of(value)) : this.users.findByEmail(value))
			.orElseThrow(() -> RequestRejected.invalid(field, "no Sharpend user with " + (byId ? "id " : "e-mail ")
					+ shortened(value) + "; pick one of the users."));
		if (!user.active()) {
			throw RequestRejected.invalid(field, user.displayName() + " (" + user.email()
					+ ") is deactivated and cannot be picked; reactivate the account first.");
		}
		return Person.of(user);
	}

	/**
	 * The person a record names: the user with this id if the record has one, otherwise
	 * the record's old text, which matched no user.
	 */
	public Person shown(@Nullable UUID userId, String text) {
		if (userId == null) {
			return Person.notAUser(text);
		}
		return this.users.findById(new UserId(userId)).map(Person::of).orElseGet(() -> Person.notAUser(text));
	}

	/**
	 * The user with this e-mail address (such as who signed a timeline entry), whether or
	 * not they may still sign in; other text is shown as it is.
	 */
	public Person named(String text) {
		return this.users.findByEmail(text).map(Person::of).orElseGet(() -> Person.notAUser(text));
	}

	/** Everyone who may be picked now, by name. */
	public List<Person> pickable() {
		return this.users.findAll().stream().filter(User::active).map(Person::of).toList();
	}

	/**
	 * The e-mail address in what a picker filled in ({@code Name <e-mail>}), or the text
	 * as it is when it holds no such address.
	 */
	public static String mailbox(String value) {
		int open = value.lastIndexOf('<');
		if (open >= 0 && value.endsWith(">")) {
			return value.substring(open + 1, value.length() - 1).strip();
		}
		return value;
	}

	private static boolean looksLikeId(String value) {
		return value.toLowerCase(Locale.ROOT).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	private static String shortened(String text) {
		return (text.length() > MAX_SHOWN) ? text.substring(0, MAX_SHOWN) + "…" : text;
	}

}
