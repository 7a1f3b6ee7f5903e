package dev.sharpend.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild boost for recent things: 1.25 for today, about 1.125 at three months, towards 1
 * for old ones, so text relevance still decides but a tie goes to the recent incident.
 */
final class Recency extends DoubleValuesSource {

	private static final double DAY_MILLIS = 86_400_000d;

	private final long now;

	Recency(long now) {
		this.now = now;
	}

	@Override
	public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
		NumericDocValues times = DocValues.getNumeric(ctx.reader(), IndexFields.OCCURRED_AT);
		return new DoubleValues() {

			private double value;

			@Override
			public double doubleValue() {
				return this.value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				long at = times.advanceExact(doc) ? times.longValue() : 0L;
				double days = Math.max(0, (Recency.this.now - at) / DAY_MILLIS);
				this.value = 1 + 0.25 / (1 + days / 90);
				return true;
			}

		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext ctx) {
		return DocValues.isCacheable(ctx, IndexFields.OCCURRED_AT);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.now);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Recency r && r.now == this.now;
	}

	@Override
	public String toString() {
		return "recency(" + this.now + ")";
	}

}
