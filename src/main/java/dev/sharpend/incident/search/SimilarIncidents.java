package dev.sharpend.incident.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.incident.IncidentLessons;
import dev.sharpend.search.Search;
import dev.sharpend.search.SearchDocument;
import dev.sharpend.search.SearchField;
import dev.sharpend.search.SimilarQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past incidents like a given one, so a familiar pattern is checked rather than assumed.
 * Each shared alert rule weighs more than any amount of shared components, each shared
 * component more than text alone; text likeness (title, summary and timeline) orders the
 * rest. With each come the hypotheses ruled out back then and the lessons its reviews
 * stored in their search documents.
 */
@Service
@Transactional(readOnly = true)
public class SimilarIncidents {

	private static final float RULE_WEIGHT = 1000f;

	private static final float COMPONENT_WEIGHT = 100f;

	private static final int TIMELINE_ENTRIES = 50;

	private final Search search;

	private final IncidentSearchSource incidents;

	private final IncidentSearchData data;

	SimilarIncidents(Search search, IncidentSearchSource incidents, IncidentSearchData data) {
		this.search = search;
		this.incidents = incidents;
		this.data = data;
	}

	/** Up to {@code limit} past incidents like this one, most alike first. */
	public List<SimilarIncident> similarTo(long incident, int limit) {
		// Read from the incident's own tables, not the index: it was often declared or
		// given its alert groups a moment ago, before the index caught up.
		Optional<SearchDocument> current = this.incidents.find(incident);
		if (current.isEmpty()) {
			return List.of();
		}
		SearchDocument me = current.get();
		List<SearchDocument> found = this.search.similar(query(me, limit));
		List<Long> numbers = found.stream().map(SearchDocument::incident).toList();
		Map<Long, IncidentLessons> taught = lessonsOf(numbers);
		Map<Long, List<String>> refuted = numbers.isEmpty() ? Map.of() : this.data.refuted(numbers);
		return found.stream()
			.map((d) -> new SimilarIncident(d.incident(), d.title(), d.url(), d.severity(), d.status(), d.occurredAt(),
					shared(d.alertRules(), me.alertRules()), shared(d.components(), me.components()),
					refuted.getOrDefault(d.incident(), List.of()), taught.get(d.incident())))
			.toList();
	}

	private SimilarQuery query(SearchDocument me, int limit) {
		SimilarQuery query = SimilarQuery.of(IncidentSearchSource.TYPE, limit)
			.excluding(me.id())
			.notAfter(me.occurredAt());
		for (String rule : me.alertRules()) {
			query = query.shared(SearchField.ALERT_RULE, rule, RULE_WEIGHT);
		}
		for (String component : me.components()) {
			query = query.shared(SearchField.COMPONENT, component, COMPONENT_WEIGHT);
		}
		String text = me.title() + "\n" + me.body() + "\n" + this.data.timelineText(me.incident(), TIMELINE_ENTRIES);
		return query.like(SearchField.BODY, text).like(SearchField.TITLE, me.title());
	}

	private static List<String> shared(List<String> values, Collection<String> mine) {
		return values.stream().filter(mine::contains).toList();
	}

	/**
	 * Lessons per incident from its reviews' documents: the latest review's title and
	 * link, and the factors and open actions of all of them, oldest review first.
	 */
	private Map<Long, IncidentLessons> lessonsOf(List<Long> numbers) {
		Map<Long, List<IncidentLessons>> byIncident = new LinkedHashMap<>();
		this.search.belongingTo(IncidentLessons.DOCUMENT_TYPE, numbers)
			.stream()
			.filter((d) -> d.incident() != null && d.stored().containsKey(IncidentLessons.STORED))
			.sorted(Comparator.comparingLong((SearchDocument d) -> Long.parseLong(d.id())))
			.forEach((d) -> byIncident.computeIfAbsent(d.incident(), (k) -> new ArrayList<>())
				.add(IncidentLessons.fromStored(d.stored().get(IncidentLessons.STORED))));
		Map<Long, IncidentLessons> lessons = new LinkedHashMap<>();
		byIncident.forEach((incident, reviews) -> lessons.put(incident, merged(reviews)));
		return lessons;
	}

	private static IncidentLessons merged(List<IncidentLessons> reviews) {
		IncidentLessons latest = reviews.get(reviews.size() - 1);
		return new IncidentLessons(latest.reviewTitle(), latest.reviewUrl(),
				reviews.stream().flatMap((r) -> r.factors().stream()).toList(),
				reviews.stream().flatMap((r) -> r.openActions().stream()).toList());
	}

}
