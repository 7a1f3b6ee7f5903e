package dev.sharpend.insight;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rotation's pages in one week as stacked bars, one per day, laid out for an inline
 * SVG: sleep at the bottom, then off-hours, then business hours.
 *
 * @param width the drawing's width
 * @param height its height
 * @param bars one per day, Monday first
 * @param max the busiest day's pages, which the bars are scaled to
 */
record WeekBandChart(int width, int height, List<Bar> bars, int max) {

	static final int BAR = 36;

	static final int GAP = 12;

	static final int PLOT = 120;

	static final int TOP = 16;

	static WeekBandChart of(List<WeeklyReview.Day> days) {
		int max = days.stream().mapToInt((d) -> d.bands().total()).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int x = GAP;
		int base = TOP + PLOT;
		for (WeeklyReview.Day day : days) {
			int sleep = day.bands().sleep();
			int offHours = day.bands().offHours();
			int business = day.bands().business();
			int hSleep = scaled(sleep, max);
			int hOff = scaled(offHours, max);
			int hBusiness = scaled(business, max);
			String name = day.weekday().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			bars.add(new Bar(x, name, base - hSleep, hSleep, base - hSleep - hOff, hOff,
					base - hSleep - hOff - hBusiness, hBusiness, day.bands().total(),
					name + " " + day.date() + ": " + day.bands().total() + " pages, " + business
							+ " in business hours, " + offHours + " off-hours, " + sleep + " during sleep"));
			x += BAR + GAP;
		}
		return new WeekBandChart(x, TOP + PLOT + 18, bars, max);
	}

	private static int scaled(int count, int max) {
		return (max == 0) ? 0 : Math.round((float) count * PLOT / max);
	}

	/**
	 * One day's bar: three stacked rectangles, bottom to top.
	 *
	 * @param x left edge
	 * @param label the weekday, such as {@code Mon}
	 * @param ySleep top of the sleep part
	 * @param hSleep its height
	 * @param yOffHours top of the off-hours part
	 * @param hOffHours its height
	 * @param yBusiness top of the business-hours part
	 * @param hBusiness its height
	 * @param pages the day's pages
	 * @param title the day in words, for screen readers and on hover
	 */
	record Bar(int x, String label, int ySleep, int hSleep, int yOffHours, int hOffHours, int yBusiness, int hBusiness,
			int pages, String title) {
	}

}
