package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.DriftSignal.Action;
import dev.sharpend.insight.DriftSignal.Kind;
import dev.sharpend.insight.IncidentDrift.IncidentFacts;
import dev.sharpend.insight.IncidentDrift.Input;
import dev.sharpend.insight.IncidentDrift.PendingItem;
import dev.sharpend.insight.IncidentDrift.Unreviewed;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentDriftTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private static final Duration DUE = Duration.ofDays(5);

	// INC-3 (60 days ago): HighLatency, component api; its review 30 has two items to do,
	// one overdue. INC-5 (40 days ago): component db; its review 50 has one item done
	// (not listed) and none to do. INC-9 (2 days ago): HighLatency and component db.
	private static final IncidentFacts PAST = incident(3, 60, Set.of("HighLatency"), Set.of("api"));

	private static final IncidentFacts DONE = incident(5, 40, Set.of(), Set.of("db"));

	private static final IncidentFacts NEW = incident(9, 2, Set.of("HighLatency"), Set.of("db"));

	private static final Action OVERDUE = new Action(301, 30, 3L, "Add a timeout", "Ana", LocalDate.of(2026, 11, 20),
			true);

	private static final Action OPEN = new Action(302, 30, 3L, "Alert on queue depth", null, null, false);

	@Test
	void aNewIncidentSharingARuleWithAPastOneWhoseActionsAreStillOpenIsRecurring() {
		List<DriftSignal> signals = IncidentDrift.find(new Input(List.of(NEW, DONE, PAST),
				List.of(new PendingItem(OPEN, List.of("Payments")), new PendingItem(OVERDUE, List.of("Payments"))),
				List.of()), NOW, DUE);

		DriftSignal recurring = only(signals, Kind.RECURRING_INCIDENT);
		assertThat(recurring.rule()).isEqualTo("INC-9");
		assertThat(recurring.incidents()).as("the new one first; INC-5 shares db but has nothing left to do")
			.containsExactly(9L, 3L);
		assertThat(recurring.reviews()).containsExactly(30L);
		assertThat(recurring.actions()).as("soonest due first, no due date last").containsExactly(OVERDUE, OPEN);
		assertThat(recurring.level()).as("2 items to do, 1 overdue counted twice").isEqualTo(3.0);
		assertThat(recurring.summary()).isEqualTo("INC-9 (Incident 9) is like INC-3 (alert rule HighLatency), whose "
				+ "reviews still have 2 action items to do, 1 of them overdue.");
		assertThat(signals).noneMatch((s) -> s.kind() == Kind.RECURRING_INCIDENT && !s.rule().equals("INC-9"))
			.as("INC-3 itself is 60 days old, not new");
	}

	@Test
	void aNewIncidentLikeNoPastOneWithOpenActionsIsNotRecurring() {
		IncidentFacts unlike = incident(10, 1, Set.of("DiskFull"), Set.of("storage"));

		List<DriftSignal> signals = IncidentDrift
			.find(new Input(List.of(unlike, PAST), List.of(new PendingItem(OPEN, List.of())), List.of()), NOW, DUE);

		assertThat(signals).noneMatch((s) -> s.kind() == Kind.RECURRING_INCIDENT);
	}

	@Test
	void anIncidentWithoutAReviewIsASignalOnceTheReviewIsDueAndWorsensEachWeek() {
		// resolved 4 d 23 h ago: not due yet; 5 days ago: due now; 19 days ago: 14 days
		// past due, two whole weeks late
		Unreviewed notYet = new Unreviewed(11, "Queue stuck", NOW.minus(Duration.ofHours(4 * 24 + 23)));
		Unreviewed due = new Unreviewed(12, "Checkout slow", NOW.minus(Duration.ofDays(5)));
		Unreviewed late = new Unreviewed(13, "Login errors", NOW.minus(Duration.ofDays(19)));

		List<DriftSignal> signals = IncidentDrift
			.find(new Input(List.of(), List.of(), List.of(notYet, due, late)), NOW, DUE)
			.stream()
			.filter((s) -> s.kind() == Kind.REVIEW_MISSING)
			.toList();

		assertThat(signals).extracting(DriftSignal::rule).containsExactly("INC-12", "INC-13");
		assertThat(signals).extracting(DriftSignal::level).containsExactly(1.0, 3.0);
		assertThat(signals.get(0).summary()).isEqualTo("INC-12 (Checkout slow) was resolved 5 days ago and has no "
				+ "review; reviews are due 5 days after an incident is resolved.");
		assertThat(signals.get(1).incidents()).containsExactly(13L);
	}

	@Test
	void overdueActionItemsAreCountedForEachTeamOfTheirOwner() {
		Action nearMiss = new Action(401, 40, null, "Rotate the key", "Bo", LocalDate.of(2026, 11, 1), true);
		Action orphan = new Action(402, 30, 3L, "Write the runbook", null, LocalDate.of(2026, 11, 25), true);

		List<DriftSignal> signals = IncidentDrift
			.find(new Input(List.of(),
					List.of(new PendingItem(OVERDUE, List.of("Payments")),
							new PendingItem(nearMiss, List.of("Payments", "Core")), new PendingItem(orphan, List.of()),
							new PendingItem(OPEN, List.of("Payments"))),
					List.of()), NOW, DUE)
			.stream()
			.filter((s) -> s.kind() == Kind.ACTIONS_OVERDUE)
			.toList();

		assertThat(signals).extracting(DriftSignal::rule).containsExactly("Core", "No team", "Payments");
		assertThat(signals).extracting(DriftSignal::level).containsExactly(1.0, 1.0, 2.0);
		DriftSignal payments = signals.get(2);
		assertThat(payments.actions()).containsExactly(nearMiss, OVERDUE);
		assertThat(payments.reviews()).containsExactly(30L, 40L);
		assertThat(payments.incidents()).as("the near miss has no incident").containsExactly(3L);
		assertThat(payments.summary()).isEqualTo(
				"2 action items owned by members of Payments are past their due date, the oldest due 2026-11-01.");
		assertThat(signals.get(1).summary())
			.isEqualTo("1 action item owned by nobody in a team is past its due date, the oldest due 2026-11-25.");
	}

	private static IncidentFacts incident(long number, int daysAgo, Set<String> rules, Set<String> components) {
		return new IncidentFacts(number, "Incident " + number, NOW.minus(Duration.ofDays(daysAgo)), rules, components);
	}

	private static DriftSignal only(List<DriftSignal> signals, Kind kind) {
		List<DriftSignal> of = signals.stream().filter((s) -> s.kind() == kind).toList();
		assertThat(of).hasSize(1);
		return of.get(0);
	}

}
