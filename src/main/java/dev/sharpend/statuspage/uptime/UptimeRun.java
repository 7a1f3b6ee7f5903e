package dev.sharpend.statuspage.uptime;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive days of one component drawn as one stroke of its uptime bars. A dashed
 * stroke draws one bar per day, so a quiet quarter costs a few dozen bytes instead of 90
 * elements; days that had an outage, maintenance or incident are runs of their own, with
 * the detailed tooltip.
 *
 * @param first index of the first day (0 is 89 days ago)
 * @param count number of days
 * @param css the CSS class that colours the bars
 * @param title the tooltip
 */
public record UptimeRun(int first, int count, String css, String title) {

	/** Width of a day's slot in the bars' view box. */
	public static final int SLOT = 5;

	/** The SVG path: a horizontal line through the middle of the bars. */
	public String path() {
		return "M" + (this.first * SLOT) + " 14h" + (this.count * SLOT);
	}

	static List<UptimeRun> of(List<Uptime.Day> days) {
		List<UptimeRun> runs = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= days.size(); i++) {
			if (i == days.size() || days.get(start).notable() || days.get(i).notable()
					|| !days.get(i).css().equals(days.get(start).css())) {
				runs.add(run(days, start, i));
				start = i;
			}
		}
		return runs;
	}

	private static UptimeRun run(List<Uptime.Day> days, int from, int to) {
		Uptime.Day first = days.get(from);
		if (first.notable()) {
			return new UptimeRun(from, 1, first.css(), first.tooltip());
		}
		String dates = (to - from == 1) ? first.date().toString() : first.date() + " to " + days.get(to - 1).date();
		return new UptimeRun(from, to - from, first.css(),
				dates + (first.noData() ? ": no data" : ": operational, no incidents"));
	}

}
