package dev.sharpend.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.Components;
import dev.sharpend.home.HomeView.GroupQueue;
import dev.sharpend.home.HomeView.Maintenance;
import dev.sharpend.home.HomeView.OnDuty;
import dev.sharpend.home.HomeView.OpenIncident;
import dev.sharpend.home.HomeView.PageState;
import dev.sharpend.home.HomeView.ReviewWaiting;
import dev.sharpend.home.HomeView.Upstream;
import dev.sharpend.home.HomeView.WaitingGroup;
import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.TeamOnCall;
import dev.sharpend.provider.ComponentMappings;
import dev.sharpend.provider.ComponentMappings.UpstreamMaintenance;
import dev.sharpend.provider.ComponentMappings.UpstreamNote;
import dev.sharpend.review.ReviewFollowUps;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.PageView;
import dev.sharpend.statuspage.PageViews;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.Permission;

import org.springframework.stereotype.Service;

/**
 * Reads what needs attention now for one reader, asking each owning module only for what
 * the reader may read.
 */
@Service
public class Attention {

	/** Each list on the page shows at most this many; the section links to the rest. */
	static final int LIMIT = 10;

	/** Oldest alert groups shown per status. */
	static final int OLDEST_GROUPS = 3;

	private final IncidentResponse incidents;

	private final AlertGroups groups;

	private final StatusPages pages;

	private final PageViews views;

	private final ReviewFollowUps followUps;

	private final OnCallLookup onCall;

	private final People people;

	private final Clock clock;

	private final ComponentMappings upstream;

	private final Components components;

	Attention(IncidentResponse incidents, AlertGroups groups, StatusPages pages, PageViews views,
			ReviewFollowUps followUps, OnCallLookup onCall, People people, Clock clock, ComponentMappings upstream,
			Components components) {
		this.upstream = upstream;
		this.components = components;
		this.onCall = onCall;
		this.people = people;
		this.incidents = incidents;
		this.groups = groups;
		this.pages = pages;
		this.views = views;
		this.followUps = followUps;
		this.clock = clock;
	}

	/**
	 * What needs attention now.
	 * @param reader the reader's name (e-mail address), which action items name as owner
	 * @param held the permissions the reader holds
	 */
	public HomeView now(String reader, Set<Permission> held) {
		Instant now = this.clock.instant();
		List<PageView> pageViews = held.contains(Permission.STATUSPAGE_READ) ? pageViews() : List.of();
		return new HomeView(now,
				held.contains(Permission.ONCALL_READ) ? Section.of(onCall(reader, now)) : Section.hidden(),
				held.contains(Permission.INCIDENT_READ) ? Section.of(openIncidents(now)) : Section.hidden(),
				held.contains(Permission.ALERT_READ) ? Section.of(alertGroups(now)) : Section.hidden(),
				held.contains(Permission.STATUSPAGE_READ) ? Section.of(maintenances(pageViews, now)) : Section.hidden(),
				held.contains(Permission.STATUSPAGE_READ) ? Section.of(troubledPages(pageViews)) : Section.hidden(),
				held.contains(Permission.REVIEW_READ) ? Section.of(actions(reader, held)) : Section.hidden(),
				held.contains(Permission.REVIEW_WRITE) ? Section.of(reviewsWaiting(held, now)) : Section.hidden(),
				held.contains(Permission.PROVIDER_READ) ? Section.of(upstream(now)) : Section.hidden());
	}

	/**
	 * Providers' components mapped to ours that are unwell (one line per provider
	 * component), then their maintenances under way or starting within a week: the
	 * reminder before an upstream maintenance starts.
	 */
	private List<Upstream> upstream(Instant now) {
		Map<String, Upstream> trouble = new LinkedHashMap<>();
		for (UpstreamNote n : this.upstream.notesOfAll()) {
			String key = n.provider() + "\u0000" + n.upstreamComponent();
			Upstream seen = trouble.get(key);
			String name = name(n.component());
			trouble.put(key,
					(seen != null)
							? new Upstream(seen.provider(), seen.providerName(), seen.title(),
									seen.components() + ", " + name, false, true, seen.when())
							: new Upstream(n.provider().toString(), n.providerName(),
									n.upstreamComponent() + ": " + n.status().label(), name, false, true,
									(n.since() != null) ? Ages.between(n.since(), now) : ""));
		}
		List<Upstream> all = new ArrayList<>(trouble.values());
		for (UpstreamMaintenance m : this.upstream.maintenancesOfAll()) {
			Instant start = m.event().startedAt();
			boolean active = m.event().state().isActive();
			if (!active && (start == null || start.isAfter(now.plus(Duration.ofDays(7))))) {
				continue;
			}
			String names = String.join(", ", m.components().stream().map(this::name).toList());
			String when = (start == null) ? ""
					: active ? Ages.between(start, now) : Ages.between(now, start.isBefore(now) ? now : start);
			all.add(new Upstream(m.provider().toString(), m.providerName(), m.event().title(), names, true, active,
					when));
		}
		return all.stream().limit(LIMIT).toList();
	}

	private String name(ComponentId id) {
		return this.components.find(id).map(Component::name).orElse(id.value());
	}

	private List<OnDuty> onCall(String reader, Instant now) {
		List<OnDuty> duties = new ArrayList<>();
		for (TeamOnCall team : this.onCall.everyTeam(now)) {
			for (OnCall answer : team.schedules()) {
				Person person = (answer.user() != null) ? this.people.shown(answer.user().value(), "") : null;
				boolean you = person != null && reader.equalsIgnoreCase(person.email());
				duties.add(new OnDuty(team.teamName(), answer.scheduleName(), person, you,
						(answer.until() != null) ? Ages.until(answer.until(), now, team.zone()) : null));
			}
		}
		return duties;
	}

	private List<OpenIncident> openIncidents(Instant now) {
		return this.incidents.listOpenBySeverity()
			.stream()
			.limit(LIMIT)
			.map((i) -> new OpenIncident(i, this.incidents.commander(i.number()), Ages.between(i.declaredAt(), now)))
			.toList();
	}

	private List<GroupQueue> alertGroups(Instant now) {
		List<GroupQueue> queues = new ArrayList<>();
		for (AlertGroupStatus status : List.of(AlertGroupStatus.TRIGGERED, AlertGroupStatus.ACKNOWLEDGED)) {
			long count = this.groups.count(status);
			if (count > 0) {
				queues.add(new GroupQueue(status, count,
						this.groups.longestWaiting(status, OLDEST_GROUPS)
							.stream()
							.map((g) -> new WaitingGroup(g, Ages.between(g.since(), now)))
							.toList()));
			}
		}
		return queues;
	}

	/**
	 * Every page as its readers see it, read from the database: the snapshots other nodes
	 * serve may lag a change by a moment, and responders act on what they see here.
	 */
	private List<PageView> pageViews() {
		return this.pages.all().stream().map((page) -> this.views.read(page.id())).toList();
	}

	private static List<Maintenance> maintenances(List<PageView> views, Instant now) {
		Stream<Maintenance> active = views.stream()
			.flatMap((v) -> v.activeMaintenances()
				.stream()
				.map((n) -> new Maintenance(v.page(), n, true, Ages.between(startOf(n, now), now))));
		Stream<Maintenance> upcoming = views.stream()
			.flatMap((v) -> v.upcomingMaintenances()
				.stream()
				.map((n) -> new Maintenance(v.page(), n, false, Ages.between(now, startOf(n, now)))))
			.sorted(Comparator.comparing((Maintenance m) -> startOf(m.notice(), now)));
		return Stream.concat(active, upcoming).limit(LIMIT).toList();
	}

	private static Instant startOf(Notice notice, Instant fallback) {
		if (notice.schedule() != null) {
			return notice.schedule().scheduledFor();
		}
		return (notice.startedAt() != null) ? notice.startedAt() : fallback;
	}

	private static List<PageState> troubledPages(List<PageView> views) {
		return views.stream()
			.filter((v) -> !"none".equals(v.overall().indicator()))
			.map((v) -> new PageState(v.page(), v.overall().description(), v.overall().indicator()))
			.toList();
	}

	private List<ReviewFollowUps.OwnedAction> actions(String reader, Set<Permission> held) {
		return this.followUps
			.dueFor(reader, held.contains(Permission.REVIEW_WRITE), HomeView.dueSoonUntil(this.followUps.today()))
			.stream()
			.limit(LIMIT)
			.toList();
	}

	private List<ReviewWaiting> reviewsWaiting(Set<Permission> held, Instant now) {
		List<ReviewWaiting> waiting = new ArrayList<>();
		if (held.contains(Permission.INCIDENT_READ)) {
			this.incidents.awaitingReview(now.minus(Duration.ofDays(HomeView.REVIEW_AFTER_DAYS)), LIMIT)
				.forEach((i) -> waiting.add(ReviewWaiting.incident(i, Ages.between(i.resolvedAt(), now))));
		}
		this.followUps.inReview()
			.stream()
			.limit(LIMIT)
			.forEach((r) -> waiting.add(ReviewWaiting.review(r, Ages.between(r.updatedAt(), now))));
		return waiting;
	}

}
