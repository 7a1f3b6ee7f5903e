package dev.sharpend.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Past incidents like a given one, so a familiar pattern is checked rather than assumed.
 * Each shared alert rule weighs more than any amount of shared components, each shared
 * component more than text alone; text likeness (title, summary and timeline) orders the
 * rest.
 */
@Service
@NamedInterface("api")
public class SimilarIncidents {

	private static final float RULE_WEIGHT = 1000f;

	private static final float COMPONENT_WEIGHT = 100f;

	private static final int TIMELINE_ENTRIES = 50;

	private final IndexSync sync;

	private final ObjectProvider<IncidentLessons> lessons;

	private final ObjectProvider<RuledOutHypotheses> ruledOut;

	private final ObjectProvider<SearchSource> sources;

	SimilarIncidents(IndexSync sync, ObjectProvider<IncidentLessons> lessons,
			ObjectProvider<RuledOutHypotheses> ruledOut, ObjectProvider<SearchSource> sources) {
		this.sync = sync;
		this.lessons = lessons;
		this.ruledOut = ruledOut;
		this.sources = sources;
	}

	/** Up to {@code limit} past incidents like this one, most alike first. */
	public List<SimilarIncident> similarTo(long incident, int limit) {
		SearchIndex index = this.sync.index();
		if (index == null) {
			return List.of();
		}
		List<SearchDocument> found = index.search((searcher) -> find(index, searcher, incident, limit));
		List<Long> numbers = found.stream().map(SearchDocument::incident).toList();
		Map<Long, IncidentLessons.Lessons> taught = lessonsOf(numbers);
		Map<Long, List<String>> refuted = refutedIn(numbers);
		SearchDocument current = index.search((searcher) -> current(searcher, incident)).orElse(null);
		return found.stream()
			.map((d) -> new SimilarIncident(d.incident(), d.title(), d.url(), d.severity(), d.status(), d.occurredAt(),
					shared(d.alertRules(), current, true), shared(d.components(), current, false),
					refuted.getOrDefault(d.incident(), List.of()), taught.get(d.incident())))
			.toList();
	}

	private List<SearchDocument> find(SearchIndex index, IndexSearcher searcher, long incident, int limit) {
		try {
			Optional<SearchDocument> current = current(searcher, incident);
			if (current.isEmpty()) {
				return List.of();
			}
			Query query = likeQuery(index, searcher, current.get());
			List<SearchDocument> result = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				result.add(IndexFields.fromDocument(searcher.storedFields().document(hit.doc)));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query likeQuery(SearchIndex index, IndexSearcher searcher, SearchDocument current) throws IOException {
		BooleanQuery.Builder like = new BooleanQuery.Builder();
		for (String rule : current.alertRules()) {
			like.add(weighted(IndexFields.ALERT_RULE, rule, RULE_WEIGHT), Occur.SHOULD);
		}
		for (String component : current.components()) {
			like.add(weighted(IndexFields.COMPONENT, component, COMPONENT_WEIGHT), Occur.SHOULD);
		}
		MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
		mlt.setAnalyzer(index.analyzer());
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMaxQueryTerms(30);
		mlt.setFieldNames(new String[] { IndexFields.TITLE, IndexFields.BODY });
		String text = current.title() + "\n" + current.body() + "\n" + timelineText(searcher, current.incident());
		like.add(mlt.like(IndexFields.BODY, new StringReader(text)), Occur.SHOULD);
		like.add(mlt.like(IndexFields.TITLE, new StringReader(current.title())), Occur.SHOULD);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(like.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
		query.add(new TermQuery(IndexFields.filter(IndexFields.TYPE, "incident")), Occur.FILTER);
		query.add(new TermQuery(IndexFields.key("incident", current.id())), Occur.MUST_NOT);
		query.add(LongPoint.newRangeQuery(IndexFields.OCCURRED_AT, Long.MIN_VALUE, current.occurredAt().toEpochMilli()),
				Occur.FILTER);
		return query.build();
	}

	private static Query weighted(String field, String value, float weight) {
		return new BoostQuery(new ConstantScoreQuery(new TermQuery(IndexFields.filter(field, value))), weight);
	}

	private static String timelineText(IndexSearcher searcher, long incident) throws IOException {
		BooleanQuery.Builder entries = new BooleanQuery.Builder();
		entries.add(new TermQuery(IndexFields.filter(IndexFields.TYPE, "timeline_entry")), Occur.FILTER);
		entries.add(new TermQuery(IndexFields.filter(IndexFields.INCIDENT, Long.toString(incident))), Occur.FILTER);
		StringBuilder text = new StringBuilder();
		for (ScoreDoc hit : searcher.search(entries.build(), TIMELINE_ENTRIES).scoreDocs) {
			text.append(searcher.storedFields().document(hit.doc).get(IndexFields.BODY)).append('\n');
		}
		return text.toString();
	}

	// The incident itself is read from its source, not the index: it was often declared
	// or
	// given its alert groups a moment ago, before the index caught up.
	private Optional<SearchDocument> current(IndexSearcher searcher, long incident) {
		Optional<SearchDocument> fresh = this.sources.orderedStream()
			.filter((source) -> "incident".equals(source.type()))
			.findFirst()
			.flatMap((source) -> source.find(Long.toString(incident)));
		return fresh.isPresent() ? fresh : document(searcher, incident);
	}

	private static Optional<SearchDocument> document(IndexSearcher searcher, long incident) {
		try {
			ScoreDoc[] hits = searcher.search(new TermQuery(IndexFields.key("incident", Long.toString(incident))),
					1).scoreDocs;
			return (hits.length == 0) ? Optional.empty()
					: Optional.of(IndexFields.fromDocument(searcher.storedFields().document(hits[0].doc)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> shared(List<String> values, SearchDocument current, boolean rules) {
		if (current == null) {
			return List.of();
		}
		Collection<String> mine = rules ? current.alertRules() : current.components();
		return values.stream().filter(mine::contains).toList();
	}

	private Map<Long, IncidentLessons.Lessons> lessonsOf(List<Long> numbers) {
		IncidentLessons source = this.lessons.getIfAvailable();
		return (source == null || numbers.isEmpty()) ? Map.of() : source.forIncidents(numbers);
	}

	private Map<Long, List<String>> refutedIn(List<Long> numbers) {
		RuledOutHypotheses source = this.ruledOut.getIfAvailable();
		return (source == null || numbers.isEmpty()) ? Map.of() : source.forIncidents(numbers);
	}

}
