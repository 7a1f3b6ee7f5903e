package dev.sharpend.incident;

import java.time.Instant;

import dev.sharpend.identity.Person;

/**
 * One person holding a role for a while.
 *
 * @param role the role
 * @param person who held it
 * @param assignedAt when they took it
 * @param assignedBy who gave it to them
 * @param endedAt when they handed it over, or null while they hold it
 */
public record RoleAssignment(IncidentRole role, Person person, Instant assignedAt, String assignedBy, Instant endedAt) {

	/** Who held it as the record keeps it: their e-mail address, or text from before. */
	public String holder() {
		return this.person.reference();
	}

}
