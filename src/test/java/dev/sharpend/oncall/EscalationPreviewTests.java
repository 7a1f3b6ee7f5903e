package dev.sharpend.oncall;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPreviewTests {

	private static final EscalationTarget ALICE = new EscalationTarget(TargetKind.USER, UUID.randomUUID());

	private static final EscalationTarget BOB = new EscalationTarget(TargetKind.USER, UUID.randomUUID());

	private static final EscalationTarget PRIMARY = new EscalationTarget(TargetKind.SCHEDULE, UUID.randomUUID());

	private static final EscalationTarget SRE = new EscalationTarget(TargetKind.TEAM, UUID.randomUUID());

	private static final Map<EscalationTarget, String> NAMES = Map.of(ALICE, "Alice Smith", BOB, "Bob Jones", PRIMARY,
			"Primary", SRE, "SRE");

	@Test
	void saysWhoIsPagedWhenAndWhenTheLastPageGoesOut() {
		List<EscalationStep> steps = List.of(step(5, false, ALICE), step(10, false, PRIMARY), step(15, false, SRE));
		assertThat(EscalationPreview.describe(1, steps, NAMES::get))
			.isEqualTo("If nobody acknowledges: at 0 min Alice Smith; at 5 min whoever is on call on Primary; "
					+ "at 15 min the whole SRE team; then repeats once (last page at 45 min).");
	}

	@Test
	void roundRobinPagesOneOfTheTargetsInTurn() {
		assertThat(EscalationPreview.describe(0, List.of(step(5, true, ALICE, BOB)), NAMES::get))
			.isEqualTo("If nobody acknowledges: at 0 min one of Alice Smith, Bob Jones in turn; then stops.");
	}

	@Test
	void severalTargetsOfAStepArePagedTogether() {
		assertThat(EscalationPreview.describe(0, List.of(step(5, false, ALICE, BOB, PRIMARY)), NAMES::get))
			.isEqualTo("If nobody acknowledges: at 0 min Alice Smith, Bob Jones and whoever is on call on Primary; "
					+ "then stops.");
	}

	@Test
	void longWaitsReadInHoursAndRepeatsAreCounted() {
		List<EscalationStep> steps = List.of(step(90, false, ALICE), step(30, false, BOB));
		assertThat(EscalationPreview.describe(3, steps, NAMES::get))
			.isEqualTo("If nobody acknowledges: at 0 min Alice Smith; at 1 h 30 min Bob Jones; "
					+ "then repeats 3 times (last page at 7 h 30 min).");
		assertThat(EscalationPreview.describe(2, List.of(step(60, false, ALICE)), NAMES::get))
			.endsWith("then repeats twice (last page at 2 h).");
	}

	@Test
	void aTeamNamedTeamIsNotCalledATeamTwice() {
		EscalationTarget platform = new EscalationTarget(TargetKind.TEAM, UUID.randomUUID());
		assertThat(EscalationPreview.describe(0, List.of(step(5, false, platform)), (t) -> "Platform Team"))
			.contains("at 0 min the whole Platform Team;");
	}

	private static EscalationStep step(int minutes, boolean roundRobin, EscalationTarget... targets) {
		return new EscalationStep(Duration.ofMinutes(minutes), List.of(targets), roundRobin);
	}

}
