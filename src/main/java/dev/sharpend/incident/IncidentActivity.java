package dev.sharpend.incident;

import java.time.Clock;

import dev.sharpend.identity.People;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps incidents current as they change, inside the transaction of the change: bumps an
 * incident's version for its watchers, writes automatic timeline entries (status,
 * severity, role changes and attached groups) and adds authors as participants. What
 * alerts do is written by {@link AlertActivity}.
 */
@Component
class IncidentActivity {

	private final IncidentRepository incidents;

	private final IncidentTeam team;

	private final Timeline timeline;

	private final Clock clock;

	private final People people;

	IncidentActivity(IncidentRepository incidents, IncidentTeam team, Timeline timeline, Clock clock, People people) {
		this.incidents = incidents;
		this.team = team;
		this.timeline = timeline;
		this.clock = clock;
		this.people = people;
	}

	@EventListener
	void on(IncidentEvent event) {
		this.incidents.touch(event.incident(), this.clock.instant());
	}

	@EventListener
	void on(IncidentStatusChanged event) {
		this.timeline.record(event.incident(), EntryKind.STATUS,
				"Status changed from **" + event.from().label() + "** to **" + event.to().label() + "**.", event.by());
	}

	@EventListener
	void on(IncidentSeverityChanged event) {
		this.timeline.record(event.incident(), EntryKind.SEVERITY,
				"Severity changed from **" + event.from() + "** to **" + event.to() + "**.", event.by());
	}

	@EventListener
	void on(IncidentRoleAssigned event) {
		String role = event.role().label().toLowerCase();
		String previous = (event.previous() != null) ? this.people.named(event.previous()).label() : null;
		String text = (event.holder() == null) ? previous + " is no longer " + role + "."
				: this.people.named(event.holder()).label() + " is " + role
						+ ((previous != null) ? ", taking over from " + previous + "." : ".");
		this.timeline.record(event.incident(), EntryKind.ROLE, text, event.by());
	}

	@EventListener
	void on(TimelineEntryRecorded event) {
		if (!event.automatic()) {
			this.team.join(event.incident(), event.author(), this.clock.instant());
		}
	}

	@EventListener
	void on(AlertGroupsAttached event) {
		this.timeline.record(event.incident(), EntryKind.ALERT,
				"Alert group" + ((event.groups().size() > 1) ? "s " : " ")
						+ String.join(", ", event.groups().stream().map((g) -> "#" + g).toList()) + " attached.",
				event.by());
	}

}
