package dev.sharpend.insight;

import java.time.Clock;

import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroupActionRecorded;
import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroupTriggered;
import dev.sharpend.alert.AlertGroupNoted;
import dev.sharpend.alert.AlertGroupsSilenced;
import dev.sharpend.incident.AlertGroupsAttached;
import dev.sharpend.incident.TimelineEntryRecorded;
import dev.sharpend.insight.Fact.Kind;
import dev.sharpend.oncall.GroupPaged;
import dev.sharpend.oncall.PageRoute;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes down what the other modules publish about alert groups, as facts dated when they
 * happened. Each reaction runs after the publisher's commit, through the event
 * publication registry: intake and paging never wait for it, and one delivered again
 * after a crash records nothing twice.
 */
@Component
class InsightFeed {

	private final InsightRepository facts;

	private final Clock clock;

	InsightFeed(InsightRepository facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AlertGroupTriggered event) {
		record(new Fact(event.group(), Kind.OPENED, event.at(), event.rule(), event.integration(), 0, 1));
	}

	@ApplicationModuleListener
	void on(GroupPaged event) {
		record(new Fact(event.group(), Kind.PAGED, event.at(), null, null, 0, event.people().size()));
		for (PageRoute route : event.routes()) {
			record(Fact.interrupted(event.group(), event.at(), new Route(route.schedule(), route.team(), route.zone()),
					route.pages()));
		}
	}

	@ApplicationModuleListener
	void on(AlertGroupAcknowledged event) {
		record(Fact.of(event.group(), Kind.ACKNOWLEDGED, event.at()));
	}

	@ApplicationModuleListener
	void on(AlertGroupResolved event) {
		record(Fact.of(event.group(), event.byHand() ? Kind.RESOLVED_BY_HAND : Kind.RESOLVED_BY_SELF, event.at()));
	}

	/**
	 * The latest answer is the group's answer: the rollup keeps the last one on record.
	 */
	@ApplicationModuleListener
	void on(AlertGroupActionRecorded event) {
		record(Fact.answered(event.group(), event.answer(), event.at()));
	}

	/**
	 * A person silencing alerts of an open group acted on it (a silence is only ever set
	 * by a person).
	 */
	@ApplicationModuleListener
	void on(AlertGroupsSilenced event) {
		for (long group : event.groups()) {
			record(Fact.of(group, Kind.SILENCED, event.at()));
		}
	}

	/** A person writing a note on a group worked on it. */
	@ApplicationModuleListener
	void on(AlertGroupNoted event) {
		record(Fact.of(event.group(), Kind.NOTED, event.at()));
	}

	@ApplicationModuleListener
	void on(AlertGroupsAttached event) {
		for (long group : event.groups()) {
			record(new Fact(group, Kind.INCIDENT, event.at(), null, null, event.incident(), 1));
		}
	}

	/**
	 * A person writing on an incident's timeline is working on every group the incident
	 * handles; entries Sharpend writes itself (who was paged, alerts attached) are not.
	 */
	@ApplicationModuleListener
	void on(TimelineEntryRecorded event) {
		if (event.byPerson()) {
			for (long group : this.facts.groupsOfIncident(event.incident())) {
				record(new Fact(group, Kind.ACTION, event.at(), null, null, event.incident(), 1));
			}
		}
	}

	private void record(Fact fact) {
		this.facts.record(fact, this.clock.instant());
	}

}
