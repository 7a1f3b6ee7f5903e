package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.People;
import dev.sharpend.identity.UserId;
import dev.sharpend.incident.IncidentResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes pages and acknowledgements of paged groups on the timeline of the incident
 * handling the group. A reaction of its own, so that a failing timeline never holds up or
 * undoes a page.
 */
@Component
class PagingRecords {

	private static final String AUTHOR = "sharpend";

	private final ApplicationEventPublisher events;

	private final AlertGroups groups;

	private final IncidentResponse incidents;

	private final People people;

	private final EscalationRunRepository runs;

	PagingRecords(ApplicationEventPublisher events, AlertGroups groups, IncidentResponse incidents, People people,
			EscalationRunRepository runs) {
		this.events = events;
		this.groups = groups;
		this.incidents = incidents;
		this.people = people;
		this.runs = runs;
	}

	void stepFired(EscalationRun run, int step, StepTargets.Resolution paged, Instant at) {
		if (!paged.people().isEmpty()) {
			this.events.publishEvent(new GroupPaged(run.group(), step + 1,
					paged.people().stream().map(UserId::value).toList(), at, paged.routes()));
		}
	}

	@ApplicationModuleListener
	void on(GroupPaged event) {
		this.groups.find(event.group()).filter(AlertGroup::handled).ifPresent((group) -> {
			String names = event.people()
				.stream()
				.map((id) -> this.people.shown(id, id.toString()).name())
				.collect(Collectors.joining(", "));
			this.incidents.addNote(group.incident(), "Paged " + names + " (step " + event.step() + ") for alert group #"
					+ group.id() + " (" + group.rule() + ").", AUTHOR);
		});
	}

	@ApplicationModuleListener
	void on(AlertGroupAcknowledged event) {
		if (this.runs.find(event.group()).isEmpty()) {
			return;
		}
		this.groups.find(event.group())
			.filter(AlertGroup::handled)
			.ifPresent((group) -> this.incidents.addNote(group.incident(), "Alert group #" + group.id() + " ("
					+ group.rule() + ") acknowledged by " + event.by() + "; escalation stopped.", AUTHOR));
	}

}
