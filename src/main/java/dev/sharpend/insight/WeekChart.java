package dev.sharpend.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's fires week by week as stacked bars, laid out for an inline SVG: what cleared
 * by itself, what was acknowledged without action, and the rest.
 *
 * @param width the drawing's width
 * @param height its height
 * @param bars one per week, oldest first
 * @param max the largest week's fires, which the bars are scaled to
 */
record WeekChart(int width, int height, List<Bar> bars, int max) {

	static final int BAR = 28;

	static final int GAP = 8;

	static final int PLOT = 120;

	static final int TOP = 16;

	static WeekChart of(List<Insights.Week> weeks) {
		int max = weeks.stream().mapToInt((w) -> w.figures().fires()).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int x = GAP;
		for (Insights.Week week : weeks) {
			RuleFigures f = week.figures();
			int cleared = f.autoResolvedBeforeAcknowledgement();
			int unacted = f.acknowledgedWithoutAction();
			int rest = Math.max(0, f.fires() - cleared - unacted);
			int hRest = scaled(rest, max);
			int hUnacted = scaled(unacted, max);
			int hCleared = scaled(cleared, max);
			int base = TOP + PLOT;
			bars.add(new Bar(x, week.week().toString().substring(5), base - hRest, hRest, base - hRest - hUnacted,
					hUnacted, base - hRest - hUnacted - hCleared, hCleared, f.fires(),
					week.week() + ": " + f.fires() + " fired, " + cleared + " cleared by themselves, " + unacted
							+ " acknowledged without action"));
			x += BAR + GAP;
		}
		return new WeekChart(x, TOP + PLOT + 18, bars, max);
	}

	private static int scaled(int count, int max) {
		return (max == 0) ? 0 : Math.round((float) count * PLOT / max);
	}

	/**
	 * One week's bar: three stacked rectangles, bottom to top.
	 *
	 * @param x left edge
	 * @param label the week, such as {@code W48}
	 * @param yRest top of the part people acted on (or that is still open)
	 * @param hRest its height
	 * @param yUnacted top of the acknowledged-without-action part
	 * @param hUnacted its height
	 * @param yCleared top of the cleared-by-itself part
	 * @param hCleared its height
	 * @param title the week in words, for screen readers and on hover
	 */
	record Bar(int x, String label, int yRest, int hRest, int yUnacted, int hUnacted, int yCleared, int hCleared,
			int fires, String title) {
	}

}
