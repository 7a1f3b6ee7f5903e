package dev.sharpend.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupBrief;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.Person;
import dev.sharpend.incident.timeline.EntryDraft;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.incident.timeline.TimelineEntry;
import dev.sharpend.incident.timeline.TimelineFilter;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident response: declaring incidents (by hand or from alert groups), changing them,
 * attaching alert groups, notes and resolving. Chat-ops and the web call this.
 */
@Service
@Transactional
@NamedInterface("api")
public class IncidentResponse {

	private final IncidentRepository incidents;

	private final Severities severities;

	private final ComponentDirectory components;

	private final IncidentTeam team;

	private final AlertGroups alertGroups;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentResponse(IncidentRepository incidents, Severities severities, ComponentDirectory components,
			IncidentTeam team, AlertGroups alertGroups, Timeline timeline, ApplicationEventPublisher events,
			Clock clock) {
		this.incidents = incidents;
		this.severities = severities;
		this.components = components;
		this.team = team;
		this.alertGroups = alertGroups;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Declares an incident, investigating; whoever declares it is its first commander.
	 */
	public Incident declare(Declaration declaration, String by) {
		List<Long> groups = groups(declaration.alertGroups());
		for (long group : groups) {
			this.alertGroups.find(group).filter(AlertGroup::handled).ifPresent((g) -> {
				throw alreadyHandled(group, g.incident());
			});
		}
		List<AlertGroupBrief> briefs = groups.stream().map(this.alertGroups::brief).toList();
		boolean untitled = declaration.title() == null || declaration.title().isBlank();
		String title = title((untitled && !briefs.isEmpty()) ? briefs.get(0).rule() : declaration.title());
		String summary = summary(declaration.summary());
		String severity = (declaration.severity() != null && !declaration.severity().isBlank())
				? this.severities.require(declaration.severity(), "severity").code() : suggestedSeverity(briefs);
		List<AffectedComponent> affected = this.components.resolve(declaration.components(), "components");
		Instant now = this.clock.instant();
		long number = this.incidents.insert(title, summary, severity, by, now);
		this.incidents.replaceComponents(number, affected);
		this.events.publishEvent(new IncidentDeclared(number, title, severity, by));
		this.team.declaredBy(number, by);
		for (long group : groups) {
			// Checked above; this catches a declaration from the same group at the same
			// moment.
			this.alertGroups.handTo(group, number).ifPresent((other) -> {
				throw alreadyHandled(group, other);
			});
		}
		attachAll(number, groups, by, now);
		return require(number);
	}

	/**
	 * What a declaration from these alert groups starts with: the first group's rule as
	 * title and the severity their alerts' labels map to.
	 */
	@Transactional(readOnly = true)
	public DeclarationDraft draftFrom(List<Long> groups) {
		List<AlertGroupBrief> briefs = groups(groups).stream().map(this.alertGroups::brief).toList();
		return new DeclarationDraft(briefs.isEmpty() ? "" : briefs.get(0).rule(), suggestedSeverity(briefs),
				briefs.stream().flatMap((b) -> b.severities().stream()).distinct().toList());
	}

	/** The severity the groups' alerts map to, or the least severe. */
	private String suggestedSeverity(List<AlertGroupBrief> briefs) {
		List<String> labels = briefs.stream().flatMap((b) -> b.severities().stream()).toList();
		Severity mapped = AlertSeverities.of(labels, this.severities.all());
		return (mapped != null) ? mapped.code() : leastSevere();
	}

	private static RequestRejected alreadyHandled(long group, long incident) {
		return RequestRejected.conflict("alertGroups", "Alert group #" + group + " is already handled by INC-"
				+ incident + ", which is still open; work in INC-" + incident + " instead of declaring another.");
	}

	/**
	 * Changes title, summary, severity, status and affected components (null: unchanged).
	 */
	public Incident change(long number, IncidentChanges changes, String by) {
		Incident current = this.incidents.lock(number).orElseThrow(() -> notFound(number));
		IncidentStatus status = (changes.status() != null)
				? WireCode.parse(IncidentStatus.class, changes.status(), "status") : null;
		String severity = (changes.severity() != null) ? this.severities.require(changes.severity(), "severity").code()
				: current.severity();
		String title = (changes.title() != null) ? title(changes.title()) : current.title();
		String summary = (changes.summary() != null) ? summary(changes.summary()) : current.summary();
		List<AffectedComponent> affected = (changes.components() != null)
				? this.components.resolve(changes.components(), "components") : null;
		Instant now = this.clock.instant();
		Incident next = (status != null && status != current.status()) ? current.moveTo(status, now) : current;
		next = new Incident(number, title, summary, severity, next.status(), next.declaredAt(), next.declaredBy(),
				next.mitigatedAt(), next.resolvedAt(), next.closedAt(), now, next.version());
		this.incidents.save(next);
		publishChanges(current, next, affected, by);
		return require(number);
	}

	private void publishChanges(Incident before, Incident after, List<AffectedComponent> affected, String by) {
		List<String> edited = new ArrayList<>();
		if (!before.title().equals(after.title())) {
			edited.add("title=" + after.title());
		}
		if (!before.summary().equals(after.summary())) {
			edited.add("summary");
		}
		if (affected != null && !affected.equals(this.incidents.components(after.number()))) {
			this.incidents.replaceComponents(after.number(), affected);
			edited.add("components=" + affected.stream().map(AffectedComponent::component).toList());
		}
		if (!edited.isEmpty()) {
			this.events.publishEvent(new IncidentEdited(after.number(), String.join(", ", edited)));
		}
		if (!before.severity().equals(after.severity())) {
			this.events
				.publishEvent(new IncidentSeverityChanged(after.number(), before.severity(), after.severity(), by));
		}
		if (before.status() != after.status()) {
			this.events.publishEvent(new IncidentStatusChanged(after.number(), before.status(), after.status(), by));
		}
		if (before.status().open() != after.status().open()) {
			this.alertGroups.incidentOpen(after.number(), after.status().open());
		}
	}

	/** Attaches more alert groups; ones already attached are left as they are. */
	public Incident attach(long number, List<Long> groups, String by) {
		require(number);
		List<Long> checked = groups(groups);
		if (checked.isEmpty()) {
			throw RequestRejected.invalid("alertGroups", "Name at least one alert group to attach.");
		}
		Incident incident = require(number);
		if (incident.status().open()) {
			// A group already in another open incident stays shown there; it is attached
			// here too.
			checked.forEach((g) -> this.alertGroups.handTo(g, number));
		}
		attachAll(number, checked, by, this.clock.instant());
		return require(number);
	}

	/**
	 * Attaches the groups and acknowledges the triggered ones, on the timeline: once an
	 * incident has a group, someone is on it, and nobody needs paging for it any more.
	 */
	private void attachAll(long number, List<Long> groups, String by, Instant now) {
		List<Long> attached = groups.stream().filter((g) -> this.incidents.attach(number, g, by, now)).toList();
		if (!attached.isEmpty()) {
			this.events.publishEvent(new AlertGroupsAttached(number, attached, by, now));
		}
		boolean open = require(number).status().open();
		for (long id : open ? attached : List.<Long>of()) {
			AlertGroup group = this.alertGroups.require(id);
			if (group.status() == AlertGroupStatus.TRIGGERED) {
				this.alertGroups.acknowledge(id, by);
				this.timeline.record(number, EntryKind.ALERT, "Alert group #" + id + " (" + group.title()
						+ ") acknowledged: INC-" + number + " is handling it.", by);
			}
		}
	}

	/** The review written about the incident, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Long> review(long number) {
		return this.incidents.review(number);
	}

	/**
	 * Records the incident's review; an incident has one review.
	 * @throws RequestRejected (conflict) when it has another already
	 */
	public void linkReview(long number, long review) {
		require(number);
		if (!this.incidents.linkReview(number, review)) {
			throw RequestRejected.conflict("incident", "INC-" + number + " has review #"
					+ this.incidents.review(number).orElse(0L) + " already; open that one instead.");
		}
	}

	/** Adds an observation to the timeline, dated now. */
	public TimelineEntry addNote(long number, String text, String by) {
		return this.timeline.write(number, new EntryDraft(EntryKind.OBSERVATION.code(), text, null), by);
	}

	/**
	 * Adds an automatic alert entry to the timeline dated when it happened, such as a
	 * record of another module that reaches the incident after the fact. Its author does
	 * not become a participant.
	 */
	public TimelineEntry recordAlertActivity(long number, String text, String by, Instant occurredAt) {
		require(number);
		return this.timeline.record(number, EntryKind.ALERT, text, by, occurredAt);
	}

	public Incident resolve(long number, String by) {
		return change(number, IncidentChanges.status(IncidentStatus.RESOLVED.code()), by);
	}

	/** Incidents still being responded to (investigating or mitigated), newest first. */
	@Transactional(readOnly = true)
	public List<Incident> listOpen() {
		return find(
				new IncidentFilter(EnumSet.of(IncidentStatus.INVESTIGATING, IncidentStatus.MITIGATED), null, 0, 500));
	}

	/**
	 * Incidents still being responded to, the most severe first (in the order of the
	 * severity list) and, within a severity, the longest open first.
	 */
	@Transactional(readOnly = true)
	public List<Incident> listOpenBySeverity() {
		List<String> order = this.severities.all().stream().map(Severity::code).toList();
		return listOpen().stream()
			.sorted(Comparator
				.comparingInt((Incident i) -> order.contains(i.severity()) ? order.indexOf(i.severity()) : order.size())
				.thenComparing(Incident::declaredAt))
			.toList();
	}

	/** Who is the incident's commander now, or null when nobody is. */
	@Transactional(readOnly = true)
	public @Nullable Person commander(long number) {
		return this.team.holders(number).get(IncidentRole.COMMANDER);
	}

	/**
	 * Resolved incidents that still have no review although they were resolved before
	 * {@code resolvedBefore}, the longest waiting first (at most {@code limit}).
	 */
	@Transactional(readOnly = true)
	public List<Incident> awaitingReview(Instant resolvedBefore, int limit) {
		return this.incidents.resolvedWithoutReview(resolvedBefore, limit);
	}

	@Transactional(readOnly = true)
	public List<Incident> find(IncidentFilter filter) {
		return this.incidents.find(filter);
	}

	@Transactional(readOnly = true)
	public long count(IncidentFilter filter) {
		return this.incidents.count(filter);
	}

	@Transactional(readOnly = true)
	public Incident require(long number) {
		return this.incidents.findByNumber(number).orElseThrow(() -> notFound(number));
	}

	/** The incident's version, which goes up with every change to it; null if none. */
	@Transactional(readOnly = true)
	public Long version(long number) {
		return this.incidents.version(number).orElse(null);
	}

	/** The incident with its team and timeline, for writing its review. */
	@Transactional(readOnly = true)
	public IncidentHistory history(long number) {
		Incident incident = require(number);
		List<IncidentHistory.Entry> entries = this.timeline.list(number, TimelineFilter.ALL)
			.stream()
			.map((e) -> new IncidentHistory.Entry(e.id(), e.kind().code(), e.body(), e.author(), e.occurredAt()))
			.sorted(java.util.Comparator.comparing(IncidentHistory.Entry::occurredAt))
			.toList();
		String commander = this.team.history(number)
			.stream()
			.filter((a) -> a.role() == IncidentRole.COMMANDER)
			.reduce((first, second) -> (second.endedAt() == null || first.endedAt() != null) ? second : first)
			.map(RoleAssignment::holder)
			.orElse(null);
		Instant firstAlert = entries.stream()
			.filter((e) -> EntryKind.ALERT.code().equals(e.kind()))
			.map(IncidentHistory.Entry::occurredAt)
			.findFirst()
			.orElse(null);
		List<String> people = this.team.participants(number).stream().map(Participant::person).toList();
		return new IncidentHistory(incident, commander, people, entries, firstAlert);
	}

	@Transactional(readOnly = true)
	public List<AffectedComponent> components(long number) {
		return this.incidents.components(number);
	}

	@Transactional(readOnly = true)
	public List<AttachedGroup> alertGroups(long number) {
		return this.incidents.groups(number);
	}

	@Transactional(readOnly = true)
	public List<LinkedNotice> statusIncidents(long number) {
		return this.incidents.notices(number);
	}

	private List<Long> groups(List<Long> ids) {
		if (ids == null) {
			return List.of();
		}
		for (Long id : ids) {
			if (id == null || this.alertGroups.find(id).isEmpty()) {
				throw RequestRejected.invalid("alertGroups", "There is no alert group " + id + ".");
			}
		}
		return ids.stream().distinct().toList();
	}

	private String leastSevere() {
		List<Severity> all = this.severities.all();
		return all.get(all.size() - 1).code();
	}

	private static String title(String title) {
		if (title == null || title.isBlank()) {
			throw RequestRejected.invalid("title", "Give the incident a title.");
		}
		if (title.strip().length() > 300) {
			throw RequestRejected.invalid("title", "Keep the title under 300 characters.");
		}
		return title.strip();
	}

	private static String summary(String summary) {
		String text = Objects.requireNonNullElse(summary, "").strip();
		if (text.length() > 20_000) {
			throw RequestRejected.invalid("summary", "Keep the summary under 20000 characters.");
		}
		return text;
	}

	static RequestRejected notFound(long number) {
		return RequestRejected.notFound("There is no incident INC-" + number + ".");
	}

}
