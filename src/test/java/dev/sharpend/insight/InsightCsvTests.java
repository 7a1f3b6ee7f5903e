package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.ActionTaken;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV downloads of the insight tables, read as a spreadsheet would. */
class InsightCsvTests {

	private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void aRuleIsOneQuotedDefusedLineWithTheFiguresOfThePage() {
		// three groups of a rule named like a formula, with a comma and a quote: one
		// cleared by itself, one acknowledged after 2 min and answered "action taken",
		// one acknowledged after 6 min and left without action
		String rule = "=HYPERLINK(\"http://evil\"), job=api";
		GroupHistory cleared = GroupHistory.opened(1, rule, T).paged(T.plusSeconds(60)).resolvedBySelf(at(5));
		GroupHistory acted = GroupHistory.opened(2, rule, at(60))
			.paged(at(61))
			.acknowledged(at(63))
			.resolvedByHand(at(90))
			.answered(ActionTaken.ACTION_TAKEN);
		GroupHistory unacted = GroupHistory.opened(3, rule, at(120))
			.paged(at(121))
			.acknowledged(at(127))
			.resolvedBySelf(at(140));
		RuleFigures figures = RuleFigures.of(rule, List.of(cleared, acted, unacted), List.of());

		String[] lines = InsightCsv.rules(List.of(figures), InsightWindow.DAYS_7).split("\r\n", -1);

		assertThat(lines).hasSize(3);
		assertThat(lines[2]).isEmpty();
		assertThat(lines[0]).startsWith("rule,window,fires,pages,cleared_by_itself,cleared_by_itself_share,")
			.endsWith(",answered_action_taken,answered_threshold_needs_adjusting,answered_check_faulty,"
					+ "answered_work_ongoing,answered_not_actionable,unanswered");
		// the rule opens as text ('), quoted for its comma, its quotes doubled; each
		// share
		// 1/3; refires: 1 and 2 were followed within 24 h; acknowledged after 2 and 6
		// min:
		// p50 rank ceil(1) = 1 → 120 s, p95 rank ceil(1.9) = 2 → 360 s; resolved by hand
		// after 30 and by itself after 20 min (acknowledged first): p50 1200 s, p95 1800
		// s
		assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\"), job=api\",7d,3,3,1,0.3333,1,0.3333,"
				+ "0,0.0000,2,0.6667,2,120,360,0,1200,1800,1,0,0,0,0,2");
	}

	@Test
	void signalsListTheirEvidenceAndTheNote() {
		DriftSignal signal = new DriftSignal(DriftSignal.Kind.FLAPPING, "+cmd|' /C calc'!A0", "Changed state 11 times",
				List.of(12L, 19L), List.of(7L, 6L), 60.3);
		Insights.SignalView view = new Insights.SignalView(signal,
				new SignalNotes.Note("@SUM(1+1), planned", 50.0, "ana", T));

		String[] lines = InsightCsv.signals(List.of(view)).split("\r\n");

		assertThat(lines[0])
			.isEqualTo("kind,title,rule,summary,level,incidents,alert_groups,open,acknowledged_note,acknowledged_by,"
					+ "reviews,action_items");
		assertThat(lines[1]).isEqualTo("flapping,Flapping,'+cmd|' /C calc'!A0,Changed state 11 times,60.3000,"
				+ "INC-12 INC-19,7 6,true,\"'@SUM(1+1), planned\",ana,,");
	}

	private static Instant at(int minutes) {
		return T.plus(Duration.ofMinutes(minutes));
	}

}
