package dev.sharpend.insight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.system.Csv;

/**
 * The insight tables as CSV downloads, with the same figures as the pages and the API:
 * shares of the fires from 0 to 1 with four decimals, durations in whole seconds (empty
 * when there is none), one line per rule or signal.
 */
final class InsightCsv {

	private InsightCsv() {
	}

	/** Every rule's figures over the window, the most fires first. */
	static String rules(List<RuleFigures> rules, InsightWindow window) {
		List<String> header = new ArrayList<>(List.of("rule", "window", "fires", "pages", "cleared_by_itself",
				"cleared_by_itself_share", "acknowledged_without_action", "acknowledged_without_action_share",
				"linked_to_incident", "linked_to_incident_share", "refired", "refired_share", "acknowledged",
				"time_to_acknowledge_p50_seconds", "time_to_acknowledge_p95_seconds", "never_acknowledged",
				"time_to_resolve_p50_seconds", "time_to_resolve_p95_seconds"));
		for (ActionTaken answer : ActionTaken.values()) {
			header.add("answered_" + answer.code());
		}
		header.add("unanswered");
		StringBuilder csv = new StringBuilder(Csv.row(header));
		for (RuleFigures f : rules) {
			csv.append(Csv.row(rule(f, window)));
		}
		return csv.toString();
	}

	private static List<String> rule(RuleFigures f, InsightWindow window) {
		ResponseTimes t = f.responseTimes();
		List<String> row = new ArrayList<>(
				List.of(f.rule(), window.code(), String.valueOf(f.fires()), String.valueOf(f.pages())));
		for (int count : new int[] { f.autoResolvedBeforeAcknowledgement(), f.acknowledgedWithoutAction(),
				f.linkedToIncident(), f.refires() }) {
			row.add(String.valueOf(count));
			row.add(String.format(Locale.ROOT, "%.4f", f.share(count)));
		}
		row.addAll(List.of(String.valueOf(t.toAcknowledge().count()), seconds(t.toAcknowledge().p50()),
				seconds(t.toAcknowledge().p95()), String.valueOf(t.neverAcknowledged()), seconds(t.toResolve().p50()),
				seconds(t.toResolve().p95())));
		for (ActionTaken answer : ActionTaken.values()) {
			row.add(String.valueOf(f.answers().of(answer)));
		}
		row.add(String.valueOf(f.answers().unanswered()));
		return row;
	}

	/** The drift signals as they stand, open and acknowledged. */
	static String signals(List<Insights.SignalView> signals) {
		StringBuilder csv = new StringBuilder(Csv.row(List.of("kind", "title", "rule", "summary", "level", "incidents",
				"alert_groups", "open", "acknowledged_note", "acknowledged_by", "reviews", "action_items")));
		for (Insights.SignalView view : signals) {
			DriftSignal s = view.signal();
			csv.append(Csv.row(List.of(s.kind().code(), s.kind().label(), s.rule(), s.summary(),
					String.format(Locale.ROOT, "%.4f", s.level()),
					String.join(" ", s.incidents().stream().map((n) -> "INC-" + n).toList()),
					String.join(" ", s.groups().stream().map(String::valueOf).toList()), String.valueOf(view.open()),
					(view.note() != null) ? view.note().note() : "", (view.note() != null) ? view.note().by() : "",
					String.join(" ", s.reviews().stream().map(String::valueOf).toList()),
					String.join(" ", s.actions().stream().map((a) -> String.valueOf(a.id())).toList()))));
		}
		return csv.toString();
	}

	private static String seconds(Optional<Duration> duration) {
		return duration.map((d) -> String.valueOf(d.toSeconds())).orElse("");
	}

}
