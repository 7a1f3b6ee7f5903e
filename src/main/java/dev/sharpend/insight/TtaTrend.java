package dev.sharpend.insight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Time to acknowledge week by week, as the overview charts it: each week's median and
 * 95th percentile over the groups of that week that people acknowledged (groups never
 * acknowledged are counted on their own, never as fast answers), laid out for an inline
 * SVG with the same figures as a table.
 *
 * @param width the drawing's width
 * @param height its height
 * @param weeks one per week, oldest first
 * @param max the longest 95th percentile of any week, which the bars are scaled to
 */
record TtaTrend(int width, int height, List<Week> weeks, Duration max) {

	static final int BAR = 28;

	static final int GAP = 8;

	static final int PLOT = 100;

	static final int TOP = 16;

	/**
	 * @param weeks each week's figures, oldest first
	 */
	static TtaTrend of(List<Insights.Week> weeks) {
		Duration max = weeks.stream()
			.map((w) -> w.figures().responseTimes().toAcknowledge().p95())
			.flatMap(Optional::stream)
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
		List<Week> laid = new ArrayList<>();
		int x = GAP;
		int base = TOP + PLOT;
		for (Insights.Week week : weeks) {
			ResponseTimes times = week.figures().responseTimes();
			Optional<Duration> p50 = times.toAcknowledge().p50();
			Optional<Duration> p95 = times.toAcknowledge().p95();
			int h50 = scaled(p50, max);
			int h95 = scaled(p95, max);
			String label = week.week().toString().substring(5);
			String title = week.week() + ": "
					+ (p50.isPresent()
							? "median " + InsightText.span(p50) + ", 95th percentile " + InsightText.span(p95)
									+ " over " + times.toAcknowledge().count() + " acknowledged"
							: "nothing acknowledged")
					+ ", " + times.neverAcknowledged() + " never acknowledged";
			laid.add(new Week(x, label, base - h95, h95, base - h50, h50, week.week().toString(), InsightText.span(p50),
					InsightText.span(p95), times.toAcknowledge().count(), times.neverAcknowledged(), title));
			x += BAR + GAP;
		}
		return new TtaTrend(x, TOP + PLOT + 18, laid, max);
	}

	private static int scaled(Optional<Duration> value, Duration max) {
		if (value.isEmpty() || max.isZero()) {
			return 0;
		}
		return Math.max(1, Math.round((float) value.get().toMillis() * PLOT / max.toMillis()));
	}

	/** Whether no week has an acknowledged group, so there is nothing to draw. */
	public boolean empty() {
		return this.weeks.stream().allMatch((w) -> w.acknowledged() == 0);
	}

	/** The longest bar's length in words, for the chart's text alternative. */
	public String maxText() {
		return InsightText.span(this.max);
	}

	/**
	 * One week: a bar to its 95th percentile with the median drawn over it.
	 *
	 * @param x left edge
	 * @param label the week, such as {@code W48}
	 * @param y95 top of the 95th percentile bar
	 * @param h95 its height
	 * @param y50 top of the median bar
	 * @param h50 its height
	 * @param week the ISO week, such as {@code 2026-W48}
	 * @param p50 the median in words
	 * @param p95 the 95th percentile in words
	 * @param acknowledged groups acknowledged
	 * @param never groups never acknowledged
	 * @param title what the week's bar says, for its tooltip and screen readers
	 */
	record Week(int x, String label, int y95, int h95, int y50, int h50, String week, String p50, String p95,
			int acknowledged, int never, String title) {
	}

}
