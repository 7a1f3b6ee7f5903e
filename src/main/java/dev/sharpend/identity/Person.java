package dev.sharpend.identity;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Someone named on a record (a role holder, a participant, an action item's owner): a
 * Sharpend user, or, for values written before people were users, the text that was given
 * then.
 *
 * @param id the user's id, or null when the text matched no user
 * @param name the user's display name, or the text kept from before
 * @param email the user's e-mail address, or null when the text matched no user
 */
@NamedInterface("api")
public record Person(@Nullable UserId id, String name, @Nullable String email) {

	static Person of(User user) {
		return new Person(user.id(), user.displayName(), user.email());
	}

	/** Text from before people were users, which matched no user's e-mail address. */
	public static Person notAUser(String text) {
		return new Person(null, text, null);
	}

	/** Whether this is a Sharpend user. */
	public boolean user() {
		return this.id != null;
	}

	/** How pages show them: the user's name, or the old text marked "(not a user)". */
	public String label() {
		return user() ? this.name : this.name + " (not a user)";
	}

	/**
	 * What records keep next to the user's id: the e-mail address (which sign-in and
	 * permission checks compare), or the old text.
	 */
	public String reference() {
		return (this.email != null) ? this.email : this.name;
	}

}
