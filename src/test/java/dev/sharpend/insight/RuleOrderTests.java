package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.ResponseTimes.Response;
import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules table sorted by a column: the most (or longest) first, ties by name. */
class RuleOrderTests {

	private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

	private long ids = 1;

	@Test
	void eachColumnSortsTheMostFirstAndTheRuleNameAlphabetically() {
		// Disk: 4 fires, 3 cleared by themselves (75 %), one acknowledged after 2 min;
		// Latency: 2 fires, acknowledged after 4 and 9 min (nearest-rank median 4 min);
		// queue: 3 fires, 1 cleared (33 %), the others never acknowledged
		RuleFigures disk = figures("Disk", cleared(), cleared(), cleared(), acknowledged(2));
		RuleFigures latency = figures("Latency", acknowledged(4), acknowledged(9));
		RuleFigures queue = figures("queue", cleared(), never(), never());
		List<RuleFigures> byFires = List.of(disk, queue, latency);

		assertThat(names(RuleOrder.FIRES.sorted(byFires))).containsExactly("Disk", "queue", "Latency");
		assertThat(names(RuleOrder.CLEARED.sorted(byFires))).containsExactly("Disk", "queue", "Latency");
		assertThat(names(RuleOrder.ACKNOWLEDGE.sorted(byFires))).as("median 4 min before 2 min; none last")
			.containsExactly("Latency", "Disk", "queue");
		assertThat(names(RuleOrder.RULE.sorted(byFires))).containsExactly("Disk", "Latency", "queue");
		assertThat(names(RuleOrder.INCIDENT.sorted(byFires))).as("all tied: by name")
			.containsExactly("Disk", "Latency", "queue");
		assertThat(RuleOrder.parse("unacted")).isEqualTo(RuleOrder.UNACTED);
		assertThatThrownBy(() -> RuleOrder.parse("loudest")).isInstanceOf(RequestRejected.class)
			.hasMessageContaining("loudest");
	}

	private static List<String> names(List<RuleFigures> rules) {
		return rules.stream().map(RuleFigures::rule).toList();
	}

	private RuleFigures figures(String rule, Shape... groups) {
		List<GroupSummary> summaries = new ArrayList<>();
		for (Shape shape : groups) {
			summaries.add(new GroupSummary(this.ids++, rule, null, T, T.plus(Duration.ofMinutes(30)),
					shape.response() != Response.CLEARED_BY_SELF, 1, shape.response(), shape.toAcknowledge(), false,
					List.of(), null));
		}
		return RuleFigures.counted(rule, summaries, Set.of());
	}

	private static Shape cleared() {
		return new Shape(Response.CLEARED_BY_SELF, null);
	}

	private static Shape never() {
		return new Shape(Response.NEVER_ACKNOWLEDGED, null);
	}

	private static Shape acknowledged(int minutes) {
		return new Shape(Response.ACKNOWLEDGED, Duration.ofMinutes(minutes));
	}

	private record Shape(Response response, Duration toAcknowledge) {
	}

}
