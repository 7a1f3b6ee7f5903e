package dev.sharpend.oncall.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.FinalSchedule;
import dev.sharpend.oncall.Rotation;
import dev.sharpend.oncall.Shift;
import dev.sharpend.oncall.Slot;

/**
 * The geometry of a schedule's SVG timeline: one row for the final schedule, one per
 * layer, a tick per day and a line for now. Each person keeps one colour across rows.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param rows the rows, final schedule first
 * @param days a tick and label per day
 * @param now where the now line is, or null when now is outside the range
 */
record Timeline(int width, int height, List<Row> rows, List<Tick> days, @Nullable Double now) {

	static final int LABEL = 150;

	static final int DAY = 64;

	static final int ROW = 34;

	static final int TOP = 28;

	private static final int PALETTE = 6;

	private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	/** A labelled row of bars. */
	record Row(String label, double y, List<Bar> bars) {
	}

	/**
	 * A bar: where it is, what it says, the colour class and a tooltip.
	 */
	record Bar(double x, double width, String text, String css, String title) {
	}

	/** A day boundary. */
	record Tick(double x, String label) {
	}

	static Timeline of(FinalSchedule plan, ZoneId zone, Instant now, Function<UserId, String> names) {
		long days = Duration.between(plan.from(), plan.to()).toDays();
		Map<UserId, String> colours = new LinkedHashMap<>();
		Scale scale = new Scale(plan.from(), plan.to(), (int) days * DAY);
		List<Row> rows = new ArrayList<>();
		List<Bar> finals = new ArrayList<>();
		for (Slot slot : plan.slots()) {
			UserId user = slot.user();
			String span = TIME.format(slot.start().atZone(zone)) + " to " + TIME.format(slot.end().atZone(zone));
			if (user == null) {
				finals.add(scale.bar(slot.start(), slot.end(), "Nobody", "gap", "Nobody on call, " + span));
			}
			else {
				String source = (slot.layer() != null) ? "layer " + slot.layer() : "override";
				finals.add(scale.bar(slot.start(), slot.end(), names.apply(user), colour(colours, user),
						names.apply(user) + " (" + source + "), " + span));
			}
		}
		rows.add(new Row("Final schedule", TOP, finals));
		for (Map.Entry<Rotation, List<Shift>> layer : plan.layers().entrySet()) {
			List<Bar> bars = new ArrayList<>();
			for (Shift s : layer.getValue()) {
				String span = TIME.format(s.start().atZone(zone)) + " to " + TIME.format(s.end().atZone(zone));
				bars.add(scale.bar(s.start(), s.end(), names.apply(s.user()), colour(colours, s.user()),
						names.apply(s.user()) + ", " + span));
			}
			rows.add(new Row(layer.getKey().name(), TOP + rows.size() * ROW, bars));
		}
		List<Tick> ticks = new ArrayList<>();
		LocalDate first = plan.from().atZone(zone).toLocalDate();
		for (LocalDate d = first; d.atStartOfDay(zone).toInstant().isBefore(plan.to()); d = d.plusDays(1)) {
			Instant start = d.atStartOfDay(zone).toInstant();
			if (!start.isBefore(plan.from())) {
				ticks.add(new Tick(scale.x(start), DAY_LABEL.format(d)));
			}
		}
		Double nowX = (now.isBefore(plan.from()) || !now.isBefore(plan.to())) ? null : scale.x(now);
		return new Timeline(LABEL + (int) days * DAY, TOP + rows.size() * ROW + 6, rows, ticks, nowX);
	}

	private static String colour(Map<UserId, String> colours, UserId user) {
		return colours.computeIfAbsent(user, (u) -> "person-" + (colours.size() % PALETTE));
	}

	private record Scale(Instant from, Instant to, int span) {

		double x(Instant at) {
			double share = (double) Duration.between(this.from, at).toSeconds()
					/ Duration.between(this.from, this.to).toSeconds();
			return LABEL + Math.round(share * this.span * 10) / 10.0;
		}

		Bar bar(Instant start, Instant end, String text, String css, String title) {
			double x = x(start);
			double width = x(end) - x;
			// A name is written only where it fits; the tooltip and the list below say it
			// anyway.
			String shown = (width >= text.length() * 7 + 8) ? text : "";
			return new Bar(x, width, shown, css, title);
		}

	}

}
