package dev.sharpend.incident;

import java.time.Instant;

import dev.sharpend.identity.Person;

/**
 * Someone taking part in an incident's response.
 *
 * @param who the person
 * @param joinedAt when they joined
 */
public record Participant(Person who, Instant joinedAt) {

	/** Who it is as the record keeps it: their e-mail address, or text from before. */
	public String person() {
		return this.who.reference();
	}

}
