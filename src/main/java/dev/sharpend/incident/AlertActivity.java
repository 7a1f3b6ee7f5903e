package dev.sharpend.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.alert.AlertReceived;
import dev.sharpend.alert.AlertStatus;
import dev.sharpend.alert.AlertsReceived;
import dev.sharpend.alert.ChangeEventReceived;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes what alerts do into the timelines of the incidents they are attached to: alerts
 * firing and resolving, groups resolving, reported changes. Each runs after intake
 * committed, in a transaction of its own, and is retried until it succeeds, so a failure
 * here can never refuse or slow an alert.
 */
@Component
class AlertActivity {

	private final IncidentRepository incidents;

	private final Timeline timeline;

	private final AlertGroups alertGroups;

	AlertActivity(IncidentRepository incidents, Timeline timeline, AlertGroups alertGroups) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.alertGroups = alertGroups;
	}

	/**
	 * A group resolved by hand; one that resolved by itself is written with the alert
	 * that resolved it (see {@link #on(AlertsReceived)}).
	 */
	@ApplicationModuleListener
	void on(AlertGroupResolved event) {
		if (!event.byHand()) {
			return;
		}
		for (long incident : this.incidents.watching(event.group())) {
			this.timeline.record(incident, EntryKind.ALERT,
					"Alert group #" + event.group() + " (" + event.title() + ") resolved by hand.", Timeline.SHARPEND);
		}
	}

	/**
	 * Alerts arrive in volume; only those in a group attached (by then) to an incident
	 * that is not closed are written down, and the incidents watching a group are read
	 * once per group (a delivery's many alerts share a few groups). Entries are dated
	 * when intake applied the alerts, and a group that resolved with its last alert comes
	 * first, as intake resolved it first: the timeline reads in the order things happened
	 * however late this runs.
	 */
	@ApplicationModuleListener
	void on(AlertsReceived event) {
		Map<Long, List<Long>> watching = new HashMap<>();
		for (AlertReceived alert : event.alerts()) {
			Long group = alert.groupId();
			if (group == null) {
				continue;
			}
			List<Long> incidents = watching.computeIfAbsent(group, (g) -> this.incidents.watching(g, event.at()));
			if (incidents.isEmpty()) {
				continue;
			}
			String what = (alert.status() == AlertStatus.FIRING) ? (alert.refired() ? "fired again" : "fired")
					: "resolved";
			String title = alert.groupResolved() ? this.alertGroups.find(group).map(AlertGroup::title).orElse("")
					: null;
			for (long incident : incidents) {
				if (title != null) {
					this.timeline.record(incident, EntryKind.ALERT,
							"Alert group #" + group + " (" + title + ") resolved: all its alerts resolved.",
							Timeline.SHARPEND, event.at());
				}
				this.timeline.record(incident, EntryKind.ALERT, "Alert `" + alert.ruleKey() + "` (`"
						+ alert.fingerprint() + "`) " + what + " in alert group #" + group + ".", Timeline.SHARPEND,
						event.at());
			}
		}
	}

	/**
	 * A reported change goes on every open incident with an alert group of the same
	 * integration attached: that is the service the change was made to.
	 */
	@ApplicationModuleListener
	void on(ChangeEventReceived event) {
		String text = changeText(event);
		this.incidents.openAttachments().forEach((incident, groups) -> {
			boolean related = groups.stream()
				.anyMatch((g) -> this.alertGroups.find(g)
					.filter((group) -> group.integration().equals(event.integration()))
					.isPresent());
			if (related) {
				this.timeline.record(incident, EntryKind.CHANGE, text, Timeline.SHARPEND);
			}
		});
	}

	/**
	 * The entry for a change; without NUL characters, which PostgreSQL cannot store and
	 * which would otherwise make the entry fail on every retry.
	 */
	static String changeText(ChangeEventReceived event) {
		StringBuilder text = new StringBuilder("Change");
		if (!event.source().isEmpty()) {
			text.append(" on `").append(event.source().replace('`', '\'')).append('`');
		}
		text.append(" at ").append(event.timestamp()).append(": **").append(event.summary()).append("**");
		event.links()
			.forEach((link) -> text.append(" [")
				.append(link.text().isEmpty() ? link.href() : link.text().replaceAll("[\\[\\]]", ""))
				.append("](")
				.append(link.href())
				.append(')'));
		if (event.details() != null) {
			text.append(" `").append(event.details().replace('`', '\'')).append('`');
		}
		return text.toString().replace('\u0000', '\uFFFD');
	}

}
