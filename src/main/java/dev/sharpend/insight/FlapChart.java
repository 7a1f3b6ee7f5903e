package dev.sharpend.insight;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule's last 21 states laid out for an inline SVG: one cell per state (firing or
 * resolved) and, under them, the percent state change after each state against the two
 * thresholds.
 *
 * @param width the drawing's width
 * @param height its height
 * @param cells one per state, oldest first
 * @param line the percent state change as SVG polyline points
 * @param highY where the high threshold's line is
 * @param lowY where the low threshold's line is
 * @param title the drawing in words
 */
record FlapChart(int width, int height, List<Cell> cells, String line, int highY, int lowY, String title) {

	static final int CELL = 16;

	static final int LEFT = 34;

	static final int STATE_TOP = 4;

	static final int STATE_HEIGHT = 18;

	static final int PLOT_TOP = 32;

	static final int PLOT = 60;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	static FlapChart of(Flapping.Verdict verdict, ZoneId zone) {
		List<Cell> cells = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < verdict.states().size(); i++) {
			Flapping.State state = verdict.states().get(i);
			Flapping.Reading reading = verdict.readings().get(i);
			int x = LEFT + i * CELL;
			boolean firing = state.state() == Flapping.RuleState.FIRING;
			boolean changed = i > 0 && state.state() != verdict.states().get(i - 1).state();
			String when = WHEN.format(state.at().atZone(zone));
			cells.add(new Cell(x, firing, changed, reading.flapping(), when,
					String.format(Locale.ROOT, "%s %s%s: %.1f %%%s", when, firing ? "firing" : "resolved",
							state.repeated() ? " (unchanged)" : "", reading.percent(),
							reading.flapping() ? ", flapping" : "")));
			line.append((i == 0) ? "" : " ").append(x + CELL / 2).append(',').append(y(reading.percent()));
		}
		int width = LEFT + Math.max(1, cells.size()) * CELL + 4;
		String title = String.format(Locale.ROOT,
				"The last %d states, oldest first: %d changes, %.1f %% state change now (starts flapping at %.0f %%, "
						+ "stops at %.0f %%); %s",
				cells.size(), verdict.changes(), verdict.percent(), verdict.thresholds().high(),
				verdict.thresholds().low(), verdict.flapping() ? "flapping" : "not flapping");
		return new FlapChart(width, PLOT_TOP + PLOT + 6, cells, line.toString(), y(verdict.thresholds().high()),
				y(verdict.thresholds().low()), title);
	}

	private static int y(double percent) {
		return PLOT_TOP + PLOT - (int) Math.round(percent * PLOT / 100);
	}

	/**
	 * One state.
	 *
	 * @param x left edge
	 * @param firing firing (else resolved)
	 * @param changed different from the state before
	 * @param flapping whether the rule flapped after this state
	 * @param when when it was recorded, in the insight zone
	 * @param title the state in words
	 */
	record Cell(int x, boolean firing, boolean changed, boolean flapping, String when, String title) {
	}

}
