package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert groups: firing alerts join the open group of their integration with the same
 * grouping label values, opened within the integration's window (or open a new one); a
 * group resolves by itself when its last firing alert resolves, and people acknowledge or
 * resolve it by hand.
 */
@Service
@Transactional
@NamedInterface("api")
public class AlertGroups {

	private final AlertGroupRepository groups;

	private final IntegrationRepository integrations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertGroups(AlertGroupRepository groups, IntegrationRepository integrations, ApplicationEventPublisher events,
			Clock clock) {
		this.groups = groups;
		this.integrations = integrations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a firing alert in its group, reopening the group it is in if that had
	 * resolved.
	 * @param joinable groups found or opened earlier in the same transaction, by
	 * integration and group key
	 * @return the group the alert is in now
	 */
	long onFiring(Integration integration, long alertId, Long currentGroup, IncomingAlert alert, Instant now,
			Map<String, Long> joinable) {
		if (currentGroup != null) {
			Optional<AlertGroup> group = this.groups.findById(currentGroup);
			if (group.isPresent() && group.get().status() != AlertGroupStatus.RESOLVED) {
				return currentGroup;
			}
		}
		long joined = groupFor(integration, alert, now, joinable);
		this.groups.join(alertId, joined);
		return joined;
	}

	/**
	 * The group a firing alert joins: the open one of its integration with the same
	 * grouping label values, opened within the window, or a new one.
	 * @param joinable groups found or opened earlier in the same transaction, by
	 * integration and group key
	 */
	long groupFor(Integration integration, IncomingAlert alert, Instant now, Map<String, Long> joinable) {
		String key = integration.groupKey(alert.labels());
		return joinable.computeIfAbsent(integration.id() + "\u0000" + key,
				(k) -> this.groups.findJoinableId(integration.id(), key, now.minus(integration.groupWindow()))
					.orElseGet(() -> {
						long groupId = this.groups.open(integration.id(), key, alert.title(), now);
						this.events.publishEvent(new AlertGroupTriggered(groupId, alert.title(),
								AlertGroup.ruleOf(key, alert.title()), integration.id(), now));
						return groupId;
					}));
	}

	/**
	 * Resolves the alert's group by itself when none of its alerts fire any more.
	 * @return whether this resolved the group
	 */
	boolean onResolved(Long groupId, Instant now) {
		if (groupId == null) {
			return false;
		}
		AlertGroup group = this.groups.findById(groupId)
			.filter((g) -> g.status() != AlertGroupStatus.RESOLVED && g.firing() == 0)
			.orElse(null);
		if (group == null || !this.groups.resolve(group.id(), null, now)) {
			return false;
		}
		this.events.publishEvent(new AlertGroupResolved(group.id(), group.title(), false, now));
		return true;
	}

	public AlertGroup acknowledge(long id, String by) {
		AlertGroup group = require(id);
		if (group.status() == AlertGroupStatus.RESOLVED) {
			throw RequestRejected.conflict(null, "This alert group is resolved; there is nothing to acknowledge.");
		}
		Instant now = this.clock.instant();
		if (this.groups.acknowledge(id, by, now)) {
			this.events.publishEvent(new AlertGroupAcknowledged(id, group.title(), by, now));
		}
		return require(id);
	}

	/**
	 * Returns the group to triggered if it is still under the acknowledgement given, and
	 * neither resolved nor acknowledged again since.
	 * @param acknowledgedAt when the acknowledgement being undone was made
	 * @param reason why, in words, for the audit log
	 * @return whether the group is triggered again now
	 */
	public boolean unacknowledge(long id, Instant acknowledgedAt, String reason) {
		Optional<AlertGroup> group = this.groups.findById(id);
		if (group.isEmpty() || !this.groups.unacknowledge(id, acknowledgedAt, this.clock.instant())) {
			return false;
		}
		this.events.publishEvent(new AlertGroupUnacknowledged(id, group.get().title(),
				String.valueOf(group.get().acknowledgedBy()), reason));
		return true;
	}

	public AlertGroup resolve(long id, String by) {
		AlertGroup group = require(id);
		Instant now = this.clock.instant();
		if (this.groups.resolve(id, by, now)) {
			this.events.publishEvent(new AlertGroupResolved(id, group.title(), true, now));
		}
		return require(id);
	}

	@Transactional(readOnly = true)
	public AlertGroup require(long id) {
		return this.groups.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no alert group " + id + "."));
	}

	@Transactional(readOnly = true)
	public List<AlertGroup> list(AlertGroupStatus status, int offset, int limit) {
		return this.groups.find(status, offset, limit);
	}

	/** The group with this id, if there is one. */
	@Transactional(readOnly = true)
	public Optional<AlertGroup> find(long id) {
		return this.groups.findById(id);
	}

	/** The group an alert is in, if any (none while it is silenced or never fired). */
	@Transactional(readOnly = true)
	public Optional<Long> groupOf(UUID integration, String fingerprint) {
		return this.groups.groupOf(integration, fingerprint);
	}

	/**
	 * Records that an incident handles the group, unless another incident that is still
	 * open does; the group's page and JSON then name the incident.
	 * @return the other open incident that handles the group, if there is one (and then
	 * nothing changed)
	 */
	public Optional<Long> handTo(long id, long incident) {
		require(id);
		return this.groups.handTo(id, incident);
	}

	/**
	 * Records that an incident closed or reopened, for the groups it handles: a group
	 * whose incident is over may be taken on by a new one.
	 */
	public void incidentOpen(long incident, boolean open) {
		this.groups.incidentOpen(incident, open);
	}

	/**
	 * The labels of the group's first alert, for routing the group by label matchers;
	 * empty when the group holds no alert.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> labels(long id) {
		List<Alert> alerts = this.groups.alerts(id);
		return alerts.isEmpty() ? Map.of() : Map.copyOf(alerts.get(0).labels());
	}

	/** What responders start from when they take the group on. */
	@Transactional(readOnly = true)
	public AlertGroupBrief brief(long id) {
		AlertGroup group = require(id);
		List<Alert> alerts = this.groups.alerts(id);
		List<String> severities = alerts.stream()
			.sorted(java.util.Comparator.comparing((Alert a) -> a.status() != AlertStatus.FIRING))
			.map(Alert::severity)
			.filter((s) -> s != null && !s.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		Map<String, AlertGroupBrief.Link> links = new java.util.LinkedHashMap<>();
		for (Alert alert : alerts) {
			alert.annotations().forEach((name, value) -> {
				String url = AlertLinks.safe(value);
				if (url != null) {
					links.putIfAbsent(url, new AlertGroupBrief.Link(name, url));
				}
			});
		}
		return new AlertGroupBrief(id, ruleName(group, alerts), severities, List.copyOf(links.values()));
	}

	/**
	 * The rule's label values ({@code alertname} first, bare); the grouping labels when
	 * the group holds alerts of several rules.
	 */
	private String ruleName(AlertGroup group, List<Alert> alerts) {
		Integration integration = this.integrations.findById(group.integration()).orElse(null);
		if (alerts.isEmpty() || integration == null) {
			return group.title();
		}
		boolean oneRule = alerts.stream().map(Alert::ruleKey).distinct().count() == 1;
		List<String> names = oneRule ? integration.ruleLabels() : integration.groupBy();
		String rule = AlertGroup.rule(names, alerts.get(0).labels());
		return rule.isEmpty() ? group.title() : rule;
	}

	/**
	 * The groups in this status that have waited longest, by when their trouble began
	 * ({@link AlertGroup#since()}), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<AlertGroup> longestWaiting(AlertGroupStatus status, int limit) {
		return this.groups.oldest(status, limit);
	}

	@Transactional(readOnly = true)
	public long count(AlertGroupStatus status) {
		return this.groups.count(status);
	}

}
