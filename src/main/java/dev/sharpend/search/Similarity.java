package dev.sharpend.search;

import java.io.IOException;
import java.io.StringReader;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for a {@link SimilarQuery}: each shared value adds its weight
 * (constant, however often it occurs), and the text adds what Lucene's "more like this"
 * makes of its most telling terms.
 */
final class Similarity {

	private static final int MAX_QUERY_TERMS = 30;

	private Similarity() {
	}

	static Query query(SearchIndex index, IndexSearcher searcher, SimilarQuery query) throws IOException {
		BooleanQuery.Builder like = new BooleanQuery.Builder();
		for (SimilarQuery.SharedValue shared : query.shared()) {
			like.add(new BoostQuery(
					new ConstantScoreQuery(
							new TermQuery(IndexFields.filter(shared.field().indexName(), shared.value()))),
					shared.weight()), Occur.SHOULD);
		}
		MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
		mlt.setAnalyzer(index.analyzer());
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
		mlt.setFieldNames(new String[] { IndexFields.TITLE, IndexFields.BODY });
		for (SimilarQuery.LikeText text : query.like()) {
			like.add(mlt.like(text.field().indexName(), new StringReader(text.text())), Occur.SHOULD);
		}
		BooleanQuery.Builder result = new BooleanQuery.Builder();
		result.add(like.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
		result.add(new TermQuery(IndexFields.filter(IndexFields.TYPE, query.type())), Occur.FILTER);
		for (String id : query.excluded()) {
			result.add(new TermQuery(IndexFields.key(query.type(), id)), Occur.MUST_NOT);
		}
		if (query.notAfter() != null) {
			result.add(
					LongPoint.newRangeQuery(IndexFields.OCCURRED_AT, Long.MIN_VALUE, query.notAfter().toEpochMilli()),
					Occur.FILTER);
		}
		return result.build();
	}

}
