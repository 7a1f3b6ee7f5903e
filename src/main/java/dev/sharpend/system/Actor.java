package dev.sharpend.system;

/**
 * Who did something: a user (signed in or through an API token), or Sharpend itself.
 *
 * @param type the kind of actor
 * @param id the user or token identifier, null for the system
 * @param name a readable name, such as the user's e-mail address
 */
public record Actor(Type type, String id, String name) {

	/** Sharpend acting on its own (start-up, schedules). */
	public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, "sharpend");

	/** Someone not signed in, such as a visitor using a one-time link. */
	public static final Actor ANONYMOUS = new Actor(Type.ANONYMOUS, null, "anonymous");

	/** The kind of actor. */
	public enum Type {

		/** A person signed in through the browser. */
		USER,

		/** An API token, acting for its owner. */
		TOKEN,

		/** Sharpend itself. */
		SYSTEM,

		/** A visitor who is not signed in. */
		ANONYMOUS

	}

	/** Implemented by authentication principals that know the actor they stand for. */
	public interface Source {

		Actor actor();

	}

}
