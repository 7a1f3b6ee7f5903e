package dev.sharpend.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who responds to an incident: the commander, communications and scribe roles (handed
 * over with their history kept) and the participants.
 */
@Service
@Transactional
public class IncidentTeam {

	private final IncidentRepository incidents;

	private final IncidentRoleRepository roles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final People people;

	IncidentTeam(IncidentRepository incidents, IncidentRoleRepository roles, ApplicationEventPublisher events,
			Clock clock, People people) {
		this.incidents = incidents;
		this.roles = roles;
		this.events = events;
		this.clock = clock;
		this.people = people;
	}

	/**
	 * Gives a role to a Sharpend user (named by id or e-mail address), ending the current
	 * holder's turn; a blank holder leaves the role vacant. The new holder becomes a
	 * participant.
	 * @throws RequestRejected (400) naming {@code roles.<role>} when no user matches
	 */
	public List<RoleAssignment> assign(long number, String roleCode, String holder, String by) {
		this.incidents.lock(number).orElseThrow(() -> IncidentResponse.notFound(number));
		IncidentRole role = WireCode.parse(IncidentRole.class, roleCode, "role");
		String given = Objects.requireNonNullElse(holder, "").strip();
		return hand(number, role, given.isEmpty() ? null : this.people.require(given, "roles." + role.code()), by);
	}

	/**
	 * Makes whoever declared the incident its commander; a declaration from chat may come
	 * from someone who is not a user, and is not refused for it.
	 */
	void declaredBy(long number, String by) {
		this.incidents.lock(number).orElseThrow(() -> IncidentResponse.notFound(number));
		hand(number, IncidentRole.COMMANDER, this.people.named(by), by);
	}

	private List<RoleAssignment> hand(long number, IncidentRole role, Person person, String by) {
		String current = current(number, role);
		if (Objects.equals(current, (person != null) ? person.reference() : null)) {
			return history(number);
		}
		Instant now = this.clock.instant();
		String previous = this.roles.end(number, role, now);
		if (person != null) {
			this.roles.assign(number, role, person, by, now);
			join(number, person, now);
		}
		this.events.publishEvent(
				new IncidentRoleAssigned(number, role, (person != null) ? person.reference() : null, previous, by));
		return history(number);
	}

	/**
	 * Adds a Sharpend user (named by id or e-mail address) to the response; adding
	 * someone already in it changes nothing.
	 * @throws RequestRejected (400) naming {@code person} when no user matches
	 */
	public List<Participant> addParticipant(long number, String person) {
		this.incidents.findByNumber(number).orElseThrow(() -> IncidentResponse.notFound(number));
		String given = Objects.requireNonNullElse(person, "").strip();
		if (given.isEmpty()) {
			throw RequestRejected.invalid("person", "Name the participant by user id or e-mail address.");
		}
		join(number, this.people.require(given, "person"), this.clock.instant());
		return participants(number);
	}

	/** Adds whoever signed a timeline entry or declared the incident. */
	void join(long number, String person, Instant now) {
		join(number, this.people.named(person), now);
	}

	private void join(long number, Person person, Instant now) {
		if (this.incidents.addParticipant(number, person, now)) {
			this.events.publishEvent(new IncidentParticipantAdded(number, person.reference()));
		}
	}

	@Transactional(readOnly = true)
	public List<RoleAssignment> history(long number) {
		return this.roles.history(number, this.people);
	}

	/** Who holds a role now, or null. */
	@Transactional(readOnly = true)
	public String current(long number, IncidentRole role) {
		return history(number).stream()
			.filter((a) -> a.role() == role && a.endedAt() == null)
			.map(RoleAssignment::holder)
			.findFirst()
			.orElse(null);
	}

	/** Who holds each role now (null when nobody does), for pages. */
	@Transactional(readOnly = true)
	public Map<IncidentRole, Person> holders(long number) {
		Map<IncidentRole, Person> holders = new EnumMap<>(IncidentRole.class);
		for (IncidentRole role : IncidentRole.values()) {
			holders.put(role, null);
		}
		history(number).stream().filter((a) -> a.endedAt() == null).forEach((a) -> holders.put(a.role(), a.person()));
		return holders;
	}

	@Transactional(readOnly = true)
	public List<Participant> participants(long number) {
		return this.incidents.participants(number, this.people);
	}

}
