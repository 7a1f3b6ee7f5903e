package dev.sharpend.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import dev.sharpend.system.PageOf;
import dev.sharpend.system.Permission;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over everything the modules pushed as {@link SearchDocument}s: title
 * matches count three times a body match, recent things get a mild boost, and each hit
 * carries an HTML-escaped snippet with the matches marked. Also answers "more like this"
 * ({@link #similar}) and look-ups of the documents belonging to incidents.
 */
@Service
@NamedInterface("api")
public class Search {

	private static final int SNIPPET = 240;

	private static final int MAX_BELONGING = 1000;

	private final IndexSync sync;

	private final List<SearchKind> kinds;

	private final Clock clock;

	Search(IndexSync sync, List<SearchKind> kinds, Clock clock) {
		this.sync = sync;
		this.kinds = List.copyOf(kinds);
		this.clock = clock;
	}

	/** The document types a caller holding these permissions may see. */
	public Set<String> readableTypes(Collection<Permission> held) {
		return this.kinds.stream()
			.filter((k) -> held.contains(k.readPermission()))
			.map(SearchKind::type)
			.collect(Collectors.toSet());
	}

	/**
	 * What each filter may be set to for a reader of these types, in the order the owning
	 * modules give, each value once.
	 */
	public Map<SearchField, List<SearchChoice>> choices(Set<String> readableTypes) {
		Map<SearchField, Map<String, SearchChoice>> byField = new EnumMap<>(SearchField.class);
		this.kinds.stream()
			.filter((k) -> readableTypes.contains(k.type()))
			.flatMap((k) -> k.choices().get().stream())
			.forEach((c) -> byField.computeIfAbsent(c.field(), (f) -> new LinkedHashMap<>()).putIfAbsent(c.code(), c));
		Map<SearchField, List<SearchChoice>> choices = new EnumMap<>(SearchField.class);
		byField.forEach((field, values) -> choices.put(field, List.copyOf(values.values())));
		return choices;
	}

	/**
	 * Up to the query's limit of documents like its text and values, most alike first;
	 * nothing while the index is still opening. Callers decide who may see the result.
	 */
	public List<SearchDocument> similar(SimilarQuery query) {
		SearchIndex index = this.sync.index();
		if (index == null) {
			return List.of();
		}
		return index.search((searcher) -> {
			try {
				List<SearchDocument> result = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(Similarity.query(index, searcher, query),
						query.limit()).scoreDocs) {
					result.add(IndexFields.fromDocument(searcher.storedFields().document(hit.doc)));
				}
				return result;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * The documents of this type that belong to these incidents (at most a thousand), in
	 * no particular order; nothing while the index is still opening.
	 */
	public List<SearchDocument> belongingTo(String type, Collection<Long> incidents) {
		SearchIndex index = this.sync.index();
		if (index == null || incidents.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new TermQuery(IndexFields.filter(IndexFields.TYPE, type)), Occur.FILTER);
		query.add(new TermInSetQuery(IndexFields.FILTER + IndexFields.INCIDENT,
				incidents.stream().map((n) -> IndexFields.filter(IndexFields.INCIDENT, n.toString()).bytes()).toList()),
				Occur.FILTER);
		return index.search((searcher) -> {
			try {
				List<SearchDocument> result = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query.build(), MAX_BELONGING).scoreDocs) {
					result.add(IndexFields.fromDocument(searcher.storedFields().document(hit.doc)));
				}
				return result;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Searches among the given types only (those the caller may read); nothing while the
	 * index is still opening.
	 */
	public PageOf<SearchHit> search(SearchQuery query, Set<String> readable) {
		Set<String> types = new HashSet<>(readable);
		if (!query.types().isEmpty()) {
			types.retainAll(query.types());
		}
		SearchIndex index = this.sync.index();
		if (index == null || types.isEmpty()) {
			return new PageOf<>(List.of(), query.page(), query.size(), 0);
		}
		Query text = textQuery(index, query.text());
		Query filtered = filters(query, types, text);
		return index.search((searcher) -> run(index, searcher, query, filtered, text));
	}

	private PageOf<SearchHit> run(SearchIndex index, IndexSearcher searcher, SearchQuery query, Query filtered,
			Query text) {
		try {
			int upTo = (query.page() + 1) * query.size();
			TopDocs top = (text == null)
					? searcher.search(filtered, upTo,
							new Sort(new SortField(IndexFields.OCCURRED_AT, SortField.Type.LONG, true)))
					: searcher.search(new FunctionScoreQuery(filtered, new Recency(this.clock.millis())), upTo);
			int start = (int) Math.min((long) query.page() * query.size(), top.scoreDocs.length);
			ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
			Map<String, String[]> snippets = snippets(index, searcher, text, slice);
			List<SearchHit> hits = new ArrayList<>();
			for (int i = 0; i < slice.length; i++) {
				Document doc = searcher.storedFields().document(slice[i].doc);
				hits.add(hit(IndexFields.fromDocument(doc), (text == null) ? 0 : slice[i].score,
						snippets.get(IndexFields.TITLE)[i], snippets.get(IndexFields.BODY)[i]));
			}
			long total = searcher.count(filtered);
			return new PageOf<>(hits, query.page(), query.size(), total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Marked title and body per hit; null where nothing matched. */
	private static Map<String, String[]> snippets(SearchIndex index, IndexSearcher searcher, Query text,
			ScoreDoc[] slice) throws IOException {
		if (text == null || slice.length == 0) {
			return Map.of(IndexFields.TITLE, new String[slice.length], IndexFields.BODY, new String[slice.length]);
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(0)
			.build();
		return highlighter.highlightFields(new String[] { IndexFields.TITLE, IndexFields.BODY }, text,
				new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice), new int[] { 1, 2 });
	}

	private static SearchHit hit(SearchDocument d, float score, String title, String snippet) {
		String highlight = (snippet != null && !snippet.isBlank()) ? snippet
				: HtmlUtils.htmlEscape(abbreviate(d.body()));
		String titleHighlight = (title != null && !title.isBlank()) ? title : HtmlUtils.htmlEscape(d.title());
		return new SearchHit(d.type(), d.id(), d.incident(), d.title(), titleHighlight, d.url(), highlight, score,
				d.occurredAt(), d.severity(), d.status(), d.components());
	}

	private static String abbreviate(String body) {
		String text = (body != null) ? body.strip() : "";
		return (text.length() <= SNIPPET) ? text : text.substring(0, SNIPPET) + " …";
	}

	/** The parsed text query, or null for none (blank text). */
	static Query textQuery(SearchIndex index, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(),
				Map.of(IndexFields.TITLE, 3f, IndexFields.BODY, 1f));
		parser.setDefaultOperator(Occur.MUST);
		Query parsed = parser.parse(text);
		// Only stop words: nothing can match, rather than everything.
		return (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) ? new MatchNoDocsQuery() : parsed;
	}

	private static Query filters(SearchQuery query, Set<String> types, Query text) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add((text != null) ? text : new MatchAllDocsQuery(), Occur.MUST);
		builder.add(
				new TermInSetQuery(IndexFields.FILTER + IndexFields.TYPE,
						types.stream().map((t) -> IndexFields.filter(IndexFields.TYPE, t).bytes()).toList()),
				Occur.FILTER);
		keyword(builder, IndexFields.SEVERITY, query.severity());
		keyword(builder, IndexFields.COMPONENT, query.component());
		keyword(builder, IndexFields.FACTOR_TYPE, query.factorType());
		keyword(builder, IndexFields.STATUS, query.status());
		if (query.from() != null || query.to() != null) {
			long from = (query.from() != null) ? query.from().toEpochMilli() : Long.MIN_VALUE;
			long to = (query.to() != null) ? query.to().toEpochMilli() - 1 : Long.MAX_VALUE;
			builder.add(LongPoint.newRangeQuery(IndexFields.OCCURRED_AT, from, to), Occur.FILTER);
		}
		return builder.build();
	}

	private static void keyword(BooleanQuery.Builder builder, String field, String value) {
		if (value != null && !value.isBlank()) {
			builder.add(new TermQuery(IndexFields.filter(field, value.strip())), Occur.FILTER);
		}
	}

}
