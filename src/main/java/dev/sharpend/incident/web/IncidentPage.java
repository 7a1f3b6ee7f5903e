package dev.sharpend.incident.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.IncidentRole;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.IncidentTeam;
import dev.sharpend.incident.LinkedNotice;
import dev.sharpend.incident.Severities;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Hypotheses;
import dev.sharpend.incident.timeline.Hypothesis;
import dev.sharpend.incident.timeline.HypothesisStatus;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.incident.timeline.TimelineEntry;
import dev.sharpend.incident.timeline.TimelineFilter;
import dev.sharpend.incident.timeline.TimelineOrder;
import dev.sharpend.incident.timeline.TimelineOrders;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.Markdown;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/** Gathers what the incident page shows, for the full page and for its live parts. */
@Service
class IncidentPage {

	private final IncidentResponse response;

	private final IncidentTeam team;

	private final Severities severities;

	private final Timeline timeline;

	private final Hypotheses hypotheses;

	private final AlertGroups alertGroups;

	private final StatusPages pages;

	private final People people;

	private final TimelineOrders orders;

	private final Clock clock;

	IncidentPage(IncidentResponse response, IncidentTeam team, Severities severities, Timeline timeline,
			Hypotheses hypotheses, AlertGroups alertGroups, StatusPages pages, People people, TimelineOrders orders,
			Clock clock) {
		this.response = response;
		this.team = team;
		this.severities = severities;
		this.timeline = timeline;
		this.hypotheses = hypotheses;
		this.alertGroups = alertGroups;
		this.pages = pages;
		this.people = people;
		this.orders = orders;
		this.clock = clock;
	}

	/** The caller's timeline order; callers that are not a person read newest first. */
	TimelineOrder order(Authentication caller) {
		return (caller.getPrincipal() instanceof UserBacked user) ? this.orders.of(user.userId())
				: TimelineOrder.NEWEST_FIRST;
	}

	/**
	 * The parts that change while people watch: header, timeline, hypotheses, side
	 * panels.
	 */
	void live(Model model, Incident incident, TimelineFilter filter, TimelineOrder order) {
		long n = incident.number();
		model.addAttribute("incident", incident);
		model.addAttribute("elapsed", Elapsed.of(incident, this.clock.instant()));
		model.addAttribute("order", order);
		// The header's severity select is re-rendered live.
		model.addAttribute("severities", this.severities.all());
		// The timeline's own edit forms offer these kinds, and it is re-rendered live.
		model.addAttribute("manualKinds", List.of(EntryKind.values()).stream().filter(EntryKind::manual).toList());
		model.addAttribute("holders", this.team.holders(n));
		model.addAttribute("roleHistory", this.team.history(n));
		model.addAttribute("participants", this.team.participants(n));
		List<TimelineEntry> entries = new ArrayList<>(this.timeline.list(n, filter));
		if (order == TimelineOrder.NEWEST_FIRST) {
			Collections.reverse(entries);
		}
		// Entries are signed with the author's e-mail (or a chat name); pages show the
		// name.
		Map<String, Person> authors = new HashMap<>();
		model.addAttribute("entries",
				entries.stream()
					.map((e) -> new EntryView(e, Markdown.toSafeHtml(e.body()),
							authors.computeIfAbsent(e.author(), this.people::named)))
					.toList());
		model.addAttribute("declaredBy", this.people.named(incident.declaredBy()));
		model.addAttribute("hypotheses", this.hypotheses.list(n).stream().map(HypothesisView::of).toList());
		List<AlertGroup> groups = this.response.alertGroups(n)
			.stream()
			.map((g) -> this.alertGroups.find(g.group()).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		model.addAttribute("alertGroups", groups);
		model.addAttribute("groupLinks", groups.stream()
			.collect(Collectors.toMap(AlertGroup::id, (g) -> this.alertGroups.brief(g.id()).links())));
		model.addAttribute("review", this.response.review(n).orElse(null));
		Map<String, Component> components = allComponents();
		List<Component> affected = this.response.components(n)
			.stream()
			.map((c) -> components.get(c.component()))
			.filter(Objects::nonNull)
			.toList();
		model.addAttribute("affected", affected);
		Map<String, StatusPage> pagesById = this.pages.all()
			.stream()
			.collect(Collectors.toMap((p) -> p.id().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
		model.addAttribute("pagesById", pagesById);
		List<LinkedNotice> notices = this.response.statusIncidents(n);
		model.addAttribute("statusIncidents", notices);
		model.addAttribute("unpublished", unpublished(incident, notices, affected, pagesById));
		model.addAttribute("summaryHtml", Markdown.toSafeHtml(incident.summary()));
		model.addAttribute("summaryText", incident.summary());
	}

	/**
	 * The status pages that should hear about a running incident and have not yet: those
	 * holding its affected components, or every page while none is chosen, as long as
	 * nothing at all is published. Empty once the incident is over.
	 */
	private static List<StatusPage> unpublished(Incident incident, List<LinkedNotice> notices, List<Component> affected,
			Map<String, StatusPage> pagesById) {
		if (!incident.status().open()) {
			return List.of();
		}
		Set<String> published = notices.stream().map(LinkedNotice::page).collect(Collectors.toSet());
		if (affected.isEmpty()) {
			return published.isEmpty() ? List.copyOf(pagesById.values()) : List.of();
		}
		return affected.stream()
			.map((c) -> pagesById.get(c.page().value()))
			.filter(Objects::nonNull)
			.distinct()
			.filter((p) -> !published.contains(p.id().value()))
			.toList();
	}

	/** Who commands each of these incidents now, by number; absent when nobody does. */
	Map<Long, Person> commanders(List<Incident> incidents) {
		Map<Long, Person> commanders = new HashMap<>();
		for (Incident incident : incidents) {
			Person commander = this.team.holders(incident.number()).get(IncidentRole.COMMANDER);
			if (commander != null) {
				commanders.put(incident.number(), commander);
			}
		}
		return commanders;
	}

	/** Everything else: forms, choices and filters. */
	void full(Model model, Incident incident, TimelineFilter filter, String kind, TimelineOrder order) {
		live(model, incident, filter, order);
		model.addAttribute("roles", IncidentRole.values());
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("authors",
				this.timeline.authors(incident.number()).stream().map(this.people::named).toList());
		model.addAttribute("kindFilter", kind);
		model.addAttribute("authorFilter", filter.author());
		model.addAttribute("pickable", this.people.pickable());
		model.addAttribute("openGroups", openGroups());
		Map<StatusPage, List<Component>> byPage = new LinkedHashMap<>();
		for (StatusPage page : this.pages.all()) {
			byPage.put(page, this.pages.components(page.id()).stream().filter((c) -> !c.group()).toList());
		}
		model.addAttribute("componentsByPage", byPage);
		model.addAttribute("componentStatuses", ComponentStatus.values());
		model.addAttribute("affectedIds",
				this.response.components(incident.number()).stream().map((c) -> c.component()).toList());
	}

	List<AlertGroup> openGroups() {
		List<AlertGroup> open = new ArrayList<>(
				this.alertGroups.list(dev.sharpend.alert.AlertGroupStatus.TRIGGERED, 0, 100));
		open.addAll(this.alertGroups.list(dev.sharpend.alert.AlertGroupStatus.ACKNOWLEDGED, 0, 100));
		return open;
	}

	private Map<String, Component> allComponents() {
		return this.pages.all()
			.stream()
			.flatMap((p) -> this.pages.components(p.id()).stream())
			.collect(Collectors.toMap((c) -> c.id().value(), Function.identity()));
	}

	record EntryView(TimelineEntry entry, String html, Person author) {
	}

	record HypothesisView(Hypothesis hypothesis, String lastChangedBy, java.time.Instant lastChangedAt) {

		static HypothesisView of(Hypothesis h) {
			Hypothesis.Change last = h.changes().isEmpty() ? null : h.changes().get(h.changes().size() - 1);
			return new HypothesisView(h, (last != null) ? last.by() : h.createdBy(),
					(last != null) ? last.at() : h.createdAt());
		}

		public List<HypothesisStatus> choices() {
			return List.of(HypothesisStatus.values()).stream().filter((s) -> s != this.hypothesis.status()).toList();
		}

	}

}
