package dev.sharpend.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sharpend.identity.Person;
import dev.sharpend.identity.UserId;
import dev.sharpend.incident.AffectedComponent;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentFilter;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.TeamOnCall;
import dev.sharpend.review.ReviewFollowUps;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what {@link IncidentDrift} needs from the incident, review and on-call APIs
 * when the signals are read: recent incidents, the action items still to do and the teams
 * of their owners. The alert rules of an incident come from the module's own record of
 * the groups attached to it.
 */
@Component
@Transactional(readOnly = true)
class IncidentSignals {

	// incidents read per request while looking for those declared in the last 30 days
	private static final int PAGE = 200;

	// an outage-sized backlog of unreviewed incidents is shown as its longest waiting
	private static final int UNREVIEWED_SHOWN = 100;

	private final IncidentResponse incidents;

	private final ReviewFollowUps reviews;

	private final OnCallLookup onCall;

	private final InsightRepository repository;

	private final InsightProperties properties;

	IncidentSignals(IncidentResponse incidents, ReviewFollowUps reviews, OnCallLookup onCall,
			InsightRepository repository, InsightProperties properties) {
		this.incidents = incidents;
		this.reviews = reviews;
		this.onCall = onCall;
		this.repository = repository;
		this.properties = properties;
	}

	List<DriftSignal> find(Instant now) {
		List<ReviewFollowUps.PendingAction> actions = this.reviews.pending();
		// who is in which team is only needed for overdue items, and asks on call of
		// every team
		Map<UserId, List<String>> teams = actions.stream().anyMatch(ReviewFollowUps.PendingAction::overdue)
				? teamsOfMembers(now) : Map.of();
		List<IncidentDrift.PendingItem> pending = actions.stream().map((p) -> {
			Person owner = p.item().owner();
			DriftSignal.Action action = new DriftSignal.Action(p.item().id(), p.review().id(), p.review().incident(),
					p.item().title(), (owner != null) ? owner.label() : null, p.item().due(), p.overdue());
			List<String> of = (owner != null && owner.id() != null) ? teams.getOrDefault(owner.id(), List.of())
					: List.of();
			return new IncidentDrift.PendingItem(action, of);
		}).toList();
		Map<Long, Incident> involved = new LinkedHashMap<>();
		recent(now).forEach((incident) -> involved.put(incident.number(), incident));
		pending.stream()
			.map((p) -> p.action().incident())
			.filter((n) -> n != null && !involved.containsKey(n))
			.distinct()
			.forEach((n) -> involved.put(n, this.incidents.require(n)));
		Map<Long, Set<String>> rules = this.repository.rulesOfIncidents(involved.keySet());
		List<IncidentDrift.IncidentFacts> facts = new ArrayList<>();
		for (Incident incident : involved.values()) {
			Set<String> components = new LinkedHashSet<>();
			this.incidents.components(incident.number())
				.stream()
				.map(AffectedComponent::component)
				.forEach(components::add);
			facts.add(new IncidentDrift.IncidentFacts(incident.number(), incident.title(), incident.declaredAt(),
					rules.getOrDefault(incident.number(), Set.of()), components));
		}
		List<IncidentDrift.Unreviewed> unreviewed = this.incidents
			.awaitingReview(now.minus(this.properties.reviewDue()), UNREVIEWED_SHOWN)
			.stream()
			.map((i) -> new IncidentDrift.Unreviewed(i.number(), i.title(), i.resolvedAt()))
			.toList();
		return IncidentDrift.find(new IncidentDrift.Input(facts, pending, unreviewed), now,
				this.properties.reviewDue());
	}

	/** The incidents declared in the last 30 days, newest first. */
	private List<Incident> recent(Instant now) {
		Instant since = now.minus(java.time.Duration.ofDays(IncidentDrift.NEW_DAYS));
		List<Incident> recent = new ArrayList<>();
		for (int offset = 0;; offset += PAGE) {
			List<Incident> page = this.incidents.find(new IncidentFilter(Set.of(), null, offset, PAGE));
			for (Incident incident : page) {
				if (incident.declaredAt().isBefore(since)) {
					return recent;
				}
				recent.add(incident);
			}
			if (page.size() < PAGE) {
				return recent;
			}
		}
	}

	private Map<UserId, List<String>> teamsOfMembers(Instant now) {
		Map<UserId, List<String>> teams = new HashMap<>();
		for (TeamOnCall team : this.onCall.everyTeam(now)) {
			team.members()
				.forEach((member) -> teams.computeIfAbsent(member, (m) -> new ArrayList<>()).add(team.teamName()));
		}
		return teams;
	}

}
