package dev.sharpend.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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

	IncidentTeam(IncidentRepository incidents, IncidentRoleRepository roles, ApplicationEventPublisher events,
			Clock clock) {
		this.incidents = incidents;
		this.roles = roles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives a role to someone, ending the current holder's turn; a blank holder leaves
	 * the role vacant. The new holder becomes a participant.
	 */
	public List<RoleAssignment> assign(long number, String roleCode, String holder, String by) {
		this.incidents.lock(number).orElseThrow(() -> IncidentResponse.notFound(number));
		IncidentRole role = WireCode.parse(IncidentRole.class, roleCode, "role");
		String person = person(holder, "holder", true);
		String current = current(number, role);
		if (Objects.equals(current, person)) {
			return history(number);
		}
		Instant now = this.clock.instant();
		String previous = this.roles.end(number, role, now);
		if (person != null) {
			this.roles.assign(number, role, person, by, now);
			join(number, person, now);
		}
		this.events.publishEvent(new IncidentRoleAssigned(number, role, person, previous, by));
		return history(number);
	}

	/** Adds someone to the response; adding someone already in it changes nothing. */
	public List<Participant> addParticipant(long number, String person) {
		this.incidents.findByNumber(number).orElseThrow(() -> IncidentResponse.notFound(number));
		join(number, person(person, "person", false), this.clock.instant());
		return participants(number);
	}

	void join(long number, String person, Instant now) {
		if (this.incidents.addParticipant(number, person, now)) {
			this.events.publishEvent(new IncidentParticipantAdded(number, person));
		}
	}

	@Transactional(readOnly = true)
	public List<RoleAssignment> history(long number) {
		return this.roles.history(number);
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

	@Transactional(readOnly = true)
	public List<Participant> participants(long number) {
		return this.incidents.participants(number);
	}

	private static String person(String value, String field, boolean optional) {
		String person = Objects.requireNonNullElse(value, "").strip();
		if (person.isEmpty() && optional) {
			return null;
		}
		if (person.isEmpty() || person.length() > 320) {
			throw RequestRejected.invalid(field, "Name the person by e-mail address or name (1 to 320 characters).");
		}
		return person;
	}

}
