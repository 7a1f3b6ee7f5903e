package dev.sharpend.incident;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.alert.AlertReceived;
import dev.sharpend.alert.AlertStatus;
import dev.sharpend.alert.ChangeEventReceived;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps incidents current as things happen, inside the transaction of the change: bumps
 * an incident's version for its watchers, writes automatic timeline entries (status,
 * severity and role changes; alerts in attached groups) and adds authors as participants.
 */
@Component
class IncidentActivity {

	/** The transaction resource holding what {@link #watching(long)} read. */
	private static final Object WATCHING = new Object();

	private final IncidentRepository incidents;

	private final IncidentTeam team;

	private final Timeline timeline;

	private final AlertGroups alertGroups;

	private final Clock clock;

	IncidentActivity(IncidentRepository incidents, IncidentTeam team, Timeline timeline, AlertGroups alertGroups,
			Clock clock) {
		this.incidents = incidents;
		this.team = team;
		this.timeline = timeline;
		this.alertGroups = alertGroups;
		this.clock = clock;
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
		String text = (event.holder() == null) ? event.previous() + " is no longer " + role + "." : event.holder()
				+ " is " + role + ((event.previous() != null) ? ", taking over from " + event.previous() + "." : ".");
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

	@EventListener
	void on(AlertGroupResolved event) {
		for (long incident : this.incidents.watching(event.group())) {
			this.timeline.record(incident, EntryKind.ALERT, "Alert group #" + event.group() + " (" + event.title()
					+ ") resolved" + (event.byHand() ? " by hand." : ": all its alerts resolved."), Timeline.SHARPEND);
		}
	}

	/**
	 * Alerts arrive in volume; only those in a group attached to an incident that is not
	 * closed are written down.
	 */
	@EventListener
	void on(AlertReceived event) {
		Long group = event.groupId();
		if (group == null) {
			return;
		}
		List<Long> watching = watching(group);
		String what = (event.status() == AlertStatus.FIRING) ? (event.refired() ? "fired again" : "fired") : "resolved";
		for (long incident : watching) {
			this.timeline.record(incident, EntryKind.ALERT, "Alert `" + event.ruleKey() + "` (`" + event.fingerprint()
					+ "`) " + what + " in alert group #" + group + ".", Timeline.SHARPEND);
		}
	}

	/**
	 * The incidents watching a group, read once per group in a transaction: a delivery's
	 * many new alerts share a few groups, and attachments do not change while alerts are
	 * stored.
	 */
	private List<Long> watching(long group) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return this.incidents.watching(group);
		}
		@SuppressWarnings("unchecked")
		Map<Long, List<Long>> known = (Map<Long, List<Long>>) TransactionSynchronizationManager.getResource(WATCHING);
		if (known == null) {
			Map<Long, List<Long>> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(WATCHING, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(WATCHING);
				}
			});
			known = fresh;
		}
		return known.computeIfAbsent(group, this.incidents::watching);
	}

	/**
	 * A reported change goes on every open incident with an alert group of the same
	 * integration attached: that is the service the change was made to.
	 */
	@EventListener
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

	private static String changeText(ChangeEventReceived event) {
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
		return text.toString();
	}

}
