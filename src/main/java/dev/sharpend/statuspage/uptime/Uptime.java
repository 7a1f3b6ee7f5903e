package dev.sharpend.statuspage.uptime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.StatusPeriod;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;

/**
 * A component's uptime from its status history: one bar per day in the page's time zone,
 * coloured by the day's worst status, and uptime percentages. A major outage counts fully
 * as down time, a partial outage counts as {@link #PARTIAL_OUTAGE_WEIGHT} of its duration
 * (the hosted product's weighting), and degraded performance and maintenance count as up.
 * Time before the component's start date (or its creation, or the earliest status
 * recorded for it) has no data.
 */
public final class Uptime {

	/** How much of a partial outage counts as down time. */
	static final double PARTIAL_OUTAGE_WEIGHT = 0.3;

	static final int DAYS = 90;

	/** The rule, as the page states it. */
	public static final String RULE = "Uptime counts major outages fully and partial outages at 30 % of their duration; "
			+ "degraded performance and maintenance count as up.";

	private Uptime() {
	}

	/**
	 * Computes a component's last {@link #DAYS} days.
	 * @param component the component (its start date or creation starts the data)
	 * @param periods its status periods, in any order; open periods last until now
	 * @param incidents recent status incidents of its page
	 * @param zone the page's time zone
	 * @param now the current time
	 */
	static Bars of(Component component, List<StatusPeriod> periods, List<Notice> incidents, ZoneId zone, Instant now) {
		Instant dataStart = (component.startDate() != null) ? component.startDate().atStartOfDay(zone).toInstant()
				: component.createdAt();
		// A status recorded for a time before that, such as a backfilled incident, is
		// data
		// too.
		for (StatusPeriod p : periods) {
			dataStart = min(dataStart, p.startedAt());
		}
		LocalDate today = now.atZone(zone).toLocalDate();
		List<Day> days = new ArrayList<>(DAYS);
		for (LocalDate date = today.minusDays(DAYS - 1); !date.isAfter(today); date = date.plusDays(1)) {
			Instant from = max(date.atStartOfDay(zone).toInstant(), dataStart);
			Instant to = min(date.plusDays(1).atStartOfDay(zone).toInstant(), now);
			days.add(day(component, date, from, to, periods, incidents, now));
		}
		return new Bars(component, days, percent(days.subList(DAYS - 30, DAYS)), percent(days));
	}

	private static Day day(Component component, LocalDate date, Instant from, Instant to, List<StatusPeriod> periods,
			List<Notice> incidents, Instant now) {
		if (!from.isBefore(to)) {
			return new Day(date, null, Map.of(), List.of());
		}
		Map<ComponentStatus, Duration> spent = new EnumMap<>(ComponentStatus.class);
		Duration covered = Duration.ZERO;
		for (StatusPeriod p : periods) {
			Duration overlap = overlap(from, to, p.startedAt(), (p.endedAt() != null) ? p.endedAt() : now);
			if (!overlap.isZero()) {
				spent.merge(p.status(), overlap, Duration::plus);
				covered = covered.plus(overlap);
			}
		}
		// Time without a recorded period (before creation, when a start date is earlier)
		// is taken as operational, as the hosted product does.
		Duration uncovered = Duration.between(from, to).minus(covered);
		if (!uncovered.isNegative() && !uncovered.isZero()) {
			spent.merge(ComponentStatus.OPERATIONAL, uncovered, Duration::plus);
		}
		ComponentStatus worst = spent.keySet().stream().reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worse);
		List<String> names = incidents.stream()
			.filter((n) -> n.kind() == NoticeKind.INCIDENT && n.affected().containsKey(component.id()))
			.filter((n) -> !overlap(from, to, n.startedAt(), (n.resolvedAt() != null) ? n.resolvedAt() : now).isZero())
			.map(Notice::name)
			.toList();
		return new Day(date, worst, spent, names);
	}

	private static Double percent(List<Day> days) {
		double total = 0;
		double down = 0;
		for (Day day : days) {
			for (Map.Entry<ComponentStatus, Duration> e : day.spent().entrySet()) {
				double seconds = e.getValue().toMillis() / 1000.0;
				total += seconds;
				down += seconds * weight(e.getKey());
			}
		}
		return (total > 0) ? 100.0 * (total - down) / total : null;
	}

	static double weight(ComponentStatus status) {
		return switch (status) {
			case MAJOR_OUTAGE -> 1.0;
			case PARTIAL_OUTAGE -> PARTIAL_OUTAGE_WEIGHT;
			default -> 0.0;
		};
	}

	private static Duration overlap(Instant from, Instant to, Instant start, Instant end) {
		Instant a = max(from, start);
		Instant b = min(to, end);
		return a.isBefore(b) ? Duration.between(a, b) : Duration.ZERO;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** Formats a percentage as the page shows it, such as {@code 99.95 %}. */
	static String format(Double percent) {
		return (percent != null) ? String.format(Locale.ENGLISH, "%.2f %%", Math.floor(percent * 100) / 100)
				: "no data";
	}

	/**
	 * A component's bars and percentages.
	 *
	 * @param component the component
	 * @param days the last {@link #DAYS} days, oldest first
	 * @param percent30 uptime over the last 30 days, or null without data
	 * @param percent90 uptime over the last 90 days, or null without data
	 */
	public record Bars(Component component, List<Day> days, Double percent30, Double percent90) {

		public String uptime30() {
			return format(this.percent30);
		}

		public String uptime90() {
			return format(this.percent90);
		}

		/**
		 * What the bars say to a screen reader; the days with issues follow as a list.
		 */
		public String label(String name) {
			int issues = notable().size();
			return name + ": " + uptime90() + " uptime over 90 days, " + uptime30() + " over 30 days"
					+ ((issues == 0) ? "" : (issues == 1) ? ", 1 day with issues listed below"
							: ", " + issues + " days with issues listed below");
		}

		/** The strokes that draw the bars. */
		public List<UptimeRun> runs() {
			return UptimeRun.of(this.days);
		}

		/**
		 * Days that had an outage, degradation, maintenance or incident, oldest first.
		 */
		public List<Day> notable() {
			return this.days.stream().filter(Day::notable).toList();
		}

	}

	/**
	 * One day of one component.
	 *
	 * @param date the day in the page's time zone
	 * @param worst the worst status that day, or null when there is no data
	 * @param spent time spent in each status
	 * @param incidents names of status incidents affecting it that day
	 */
	public record Day(LocalDate date, ComponentStatus worst, Map<ComponentStatus, Duration> spent,
			List<String> incidents) {

		private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

		public boolean noData() {
			return this.worst == null;
		}

		/** Whether anything but normal operation happened that day. */
		public boolean notable() {
			return this.worst != null && (this.worst != ComponentStatus.OPERATIONAL || !this.incidents.isEmpty());
		}

		/** The CSS class of the bar. */
		public String css() {
			return (this.worst != null) ? "status-" + this.worst.code() : "no-data";
		}

		/** The tooltip: the day, time per status and incident names. */
		public String tooltip() {
			StringBuilder text = new StringBuilder(this.date.toString());
			if (this.worst == null) {
				return text.append(": no data").toString();
			}
			periods().forEach((p) -> text.append('\n').append(p.status().label()).append(": ").append(p.duration()));
			this.incidents.forEach((name) -> text.append("\nIncident: ").append(name));
			return text.toString();
		}

		/**
		 * The time spent in each status that day, best status first, for the day's
		 * details.
		 */
		public List<Spent> periods() {
			List<Spent> periods = new ArrayList<>();
			for (ComponentStatus status : ComponentStatus.values()) {
				Duration d = this.spent.get(status);
				if (d != null && !d.isZero()) {
					periods.add(new Spent(status, human(d)));
				}
			}
			return periods;
		}

		/** The day as readers see it, such as "Nov 23, 2026". */
		public String label() {
			return LABEL.format(this.date);
		}

		private static String human(Duration d) {
			long minutes = d.toMinutes();
			if (minutes < 1) {
				return d.toSeconds() + " s";
			}
			if (minutes < 60) {
				return minutes + " min";
			}
			return (minutes % 60 == 0) ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
		}

	}

	/**
	 * Time a component spent in one status on one day.
	 *
	 * @param status the status
	 * @param duration how long, as readers see it ("2 h 5 min")
	 */
	public record Spent(ComponentStatus status, String duration) {
	}

}
