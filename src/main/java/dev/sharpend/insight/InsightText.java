package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How figures read on the pages. */
final class InsightText {

	private InsightText() {
	}

	/** A share as a whole percentage, such as {@code 93 %}; a dash for no fires. */
	static String percent(RuleFigures figures, int count) {
		return (figures.fires() == 0) ? "–" : Math.round(figures.share(count) * 100) + " %";
	}

	/**
	 * A duration to a person's precision: {@code 45 s}, {@code 6 min}, {@code 2 h 5 min}.
	 */
	static String span(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = Math.round(seconds / 60.0);
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours < 48) {
			return (rest == 0) ? hours + " h" : hours + " h " + rest + " min";
		}
		return (hours / 24) + " d " + (hours % 24) + " h";
	}

	/** A threshold as people write it: {@code 50}, {@code 12.5}. */
	static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value)
				: String.valueOf(Math.round(value * 10) / 10.0);
	}

	static String span(Optional<Duration> duration) {
		return duration.map(InsightText::span).orElse("–");
	}

	/** {@code INC-12, INC-19 and INC-23}. */
	static String incidents(List<Long> numbers) {
		List<String> refs = numbers.stream().map((n) -> "INC-" + n).toList();
		if (refs.size() <= 1) {
			return String.join("", refs);
		}
		return refs.subList(0, refs.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ refs.get(refs.size() - 1);
	}

	/**
	 * The rule's track record in one sentence: {@code HighLatency fired 41 times in 30
	 * days; 38 cleared by themselves, 95 % of them within 6 min; it preceded INC-12 and
	 * INC-19.}
	 */
	static String trackRecord(Insights.TrackRecord record) {
		RuleFigures f = record.recent();
		StringBuilder text = new StringBuilder(f.rule()).append(" fired ")
			.append(times(f.fires()))
			.append(" in 30 days");
		int cleared = f.autoResolvedBeforeAcknowledgement();
		if (cleared > 0) {
			text.append("; ").append(cleared).append(" cleared by themselves before anyone acknowledged them");
			f.responseTimes()
				.toClearBySelf()
				.p95()
				.ifPresent((p95) -> text.append(", 95 % of them within ").append(span(p95)));
		}
		if (f.acknowledgedWithoutAction() > 0) {
			text.append("; ")
				.append(f.acknowledgedWithoutAction())
				.append((f.acknowledgedWithoutAction() == 1) ? " was" : " were")
				.append(" acknowledged and resolved without any action");
		}
		text.append(record.incidents().isEmpty() ? "; it preceded no incident in 90 days"
				: "; it preceded " + incidents(record.incidents()) + " in 90 days");
		return text.append('.').toString();
	}

	/** How current the figures are, in words. */
	static String freshness(Insights.Freshness freshness) {
		String cadence = "Figures take in what happens every " + span(freshness.interval());
		return freshness.waitingSince()
			.map((since) -> cadence + "; changes from the last " + span(age(since, freshness.now()))
					+ " are being counted now.")
			.orElse(cadence + "; everything that happened so far is counted.");
	}

	private static Duration age(Instant since, Instant now) {
		return since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
	}

	private static String times(int count) {
		return (count == 1) ? "once" : String.format(Locale.ROOT, "%d times", count);
	}

}
