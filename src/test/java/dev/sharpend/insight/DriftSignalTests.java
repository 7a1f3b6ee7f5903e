package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.ResponseTimes.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each drift signal on a constructed history, with the history one step short of it
 * staying quiet.
 */
class DriftSignalTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	// Thursday of ISO week 2026-W49: the last whole week is W48 (23 to 29 November)
	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private static final InsightWeek LAST = InsightWeek.parse("2026-W48");

	private long ids = 1;

	@Test
	void aRuleThatPrecededAnIncidentAndNowClearsByItselfSaysSoWithTheIncident() {
		List<GroupSummary> groups = new ArrayList<>();
		groups.add(acknowledged("Disk", day(-40), Duration.ofMinutes(3), false, 12));
		for (int i = 0; i < 3; i++) {
			groups.add(cleared("Disk", day(-10 + i)));
		}
		groups.add(acknowledged("Disk", day(-5), Duration.ofMinutes(3), false));

		List<DriftSignal> signals = DriftSignal.find(groups, NOW, ZONE);

		assertThat(signals).extracting(DriftSignal::kind).containsExactly(DriftSignal.Kind.CLEARS_AFTER_INCIDENTS);
		assertThat(signals.get(0).summary()).isEqualTo("75 % of its 4 fires in the last 30 days had no action "
				+ "(3 cleared by themselves before anyone acknowledged them, 0 acknowledged and resolved without "
				+ "action), yet it preceded INC-12 in the last 90 days.");
		assertThat(signals.get(0).incidents()).containsExactly(12L);
		assertThat(signals.get(0).groups()).hasSize(3);

		// the same rule with people acting on half its fires is not left to clear
		List<GroupSummary> acted = new ArrayList<>(groups);
		acted.add(acknowledged("Disk", day(-4), Duration.ofMinutes(3), false, 13));
		acted.add(acknowledged("Disk", day(-3), Duration.ofMinutes(3), false, 14));
		acted.add(acknowledged("Disk", day(-2), Duration.ofMinutes(3), false, 15));
		assertThat(DriftSignal.find(acted, NOW, ZONE)).isEmpty();
	}

	@Test
	void aShareAcknowledgedWithoutActionRisingFourWeeksRunning() {
		// weeks W44..W48: 0 of 4, 1 of 4, 2 of 4, 3 of 4, 4 of 4 acknowledged without
		// action
		List<GroupSummary> groups = new ArrayList<>();
		InsightWeek week = LAST;
		for (int back = 0; back < 5; back++) {
			int unacted = 4 - back;
			for (int i = 0; i < 4; i++) {
				Instant at = week.start(ZONE).plus(Duration.ofHours(10 + i * 24L));
				groups.add(i < unacted ? acknowledged("Queue", at, Duration.ofMinutes(2), true)
						: acknowledged("Queue", at, Duration.ofMinutes(2), false, 100 + back * 10L + i));
			}
			week = week.previous();
		}

		List<DriftSignal> signals = DriftSignal.find(groups, NOW, ZONE);

		assertThat(signals).extracting(DriftSignal::kind).contains(DriftSignal.Kind.UNACTED_RISING);
		DriftSignal rising = signals.stream()
			.filter((s) -> s.kind() == DriftSignal.Kind.UNACTED_RISING)
			.findFirst()
			.orElseThrow();
		assertThat(rising.summary()).isEqualTo("Acknowledged without action in a growing share of its fires four "
				+ "weeks running: 0 % → 25 % → 50 % → 75 % → 100 % up to 2026-W48.");

		// flat for one week: no signal
		List<GroupSummary> flat = new ArrayList<>(groups.stream()
			.filter((g) -> !g.opened().isBefore(LAST.previous().start(ZONE))
					|| g.opened().isBefore(LAST.previous().previous().start(ZONE)))
			.toList());
		Instant w47 = LAST.previous().start(ZONE);
		for (int i = 0; i < 4; i++) {
			// W47 now as W46: 2 of 4
			flat.add(acknowledged("Queue", w47.plus(Duration.ofHours(10 + i * 24L)), Duration.ofMinutes(2), i < 2));
		}
		assertThat(DriftSignal.find(flat, NOW, ZONE)).extracting(DriftSignal::kind)
			.doesNotContain(DriftSignal.Kind.UNACTED_RISING);
	}

	@Test
	void theMedianTimeToAcknowledgeDoubledAgainstTheEightWeeksBefore() {
		List<GroupSummary> groups = new ArrayList<>();
		InsightWeek week = LAST.previous();
		for (int back = 0; back < 8; back++) {
			groups
				.add(acknowledged("Api", week.start(ZONE).plus(Duration.ofHours(30)), Duration.ofMinutes(4), false, 1));
			week = week.previous();
		}
		Instant monday = LAST.start(ZONE);
		groups.add(acknowledged("Api", monday.plus(Duration.ofHours(10)), Duration.ofMinutes(7), false, 1));
		groups.add(acknowledged("Api", monday.plus(Duration.ofHours(20)), Duration.ofMinutes(8), false, 1));
		groups.add(acknowledged("Api", monday.plus(Duration.ofHours(30)), Duration.ofMinutes(9), false, 1));

		assertThat(DriftSignal.find(groups, NOW, ZONE)).extracting(DriftSignal::kind)
			.containsExactly(DriftSignal.Kind.SLOWER_TO_ACKNOWLEDGE);
		assertThat(DriftSignal.find(groups, NOW, ZONE).get(0).summary())
			.isEqualTo("Median time to acknowledge 8 min in 2026-W48 against 4 min over the eight weeks before.");

		// 7 minutes is less than twice 4
		List<GroupSummary> slightly = new ArrayList<>(groups.subList(0, 8));
		slightly.add(acknowledged("Api", monday.plus(Duration.ofHours(10)), Duration.ofMinutes(7), false, 1));
		slightly.add(acknowledged("Api", monday.plus(Duration.ofHours(20)), Duration.ofMinutes(7), false, 1));
		slightly.add(acknowledged("Api", monday.plus(Duration.ofHours(30)), Duration.ofMinutes(7), false, 1));
		assertThat(DriftSignal.find(slightly, NOW, ZONE)).isEmpty();
	}

	@Test
	void moreThanThreeTimesTheFiresOfTheWeekBefore() {
		List<GroupSummary> groups = new ArrayList<>();
		Instant w47 = LAST.previous().start(ZONE);
		groups.add(acknowledged("Cert", w47.plus(Duration.ofHours(10)), Duration.ofMinutes(1), false, 1));
		groups.add(acknowledged("Cert", w47.plus(Duration.ofHours(40)), Duration.ofMinutes(1), false, 1));
		for (int i = 0; i < 7; i++) {
			groups.add(acknowledged("Cert", LAST.start(ZONE).plus(Duration.ofHours(5 + i * 20L)), Duration.ofMinutes(1),
					false, 1));
		}

		assertThat(DriftSignal.find(groups, NOW, ZONE)).extracting(DriftSignal::summary)
			.containsExactly("Fired 7 times in 2026-W48 against 2 the week before.");
		// six is exactly three times two: not more
		assertThat(DriftSignal.find(groups.subList(0, 8), NOW, ZONE)).isEmpty();
	}

	private Instant day(int offset) {
		return NOW.plus(Duration.ofDays(offset));
	}

	private GroupSummary cleared(String rule, Instant at) {
		return new GroupSummary(this.ids++, rule, null, at, at.plus(Duration.ofMinutes(4)), false, 1,
				Response.CLEARED_BY_SELF, null, false, List.of(), null);
	}

	private GroupSummary acknowledged(String rule, Instant at, Duration toAcknowledge, boolean withoutAction,
			long... incidents) {
		List<Long> linked = new ArrayList<>();
		for (long incident : incidents) {
			linked.add(incident);
		}
		return new GroupSummary(this.ids++, rule, null, at, at.plus(Duration.ofMinutes(30)), true, 1,
				Response.ACKNOWLEDGED, toAcknowledge, withoutAction, linked, null);
	}

}
