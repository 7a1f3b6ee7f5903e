package dev.sharpend.oncall.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.ScheduleId;

import static org.assertj.core.api.Assertions.assertThat;

/** How an answer to "who is on call" reads, on the team's clock. */
class OnCallTextTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ScheduleId SCHEDULE = new ScheduleId(new UUID(1, 1));

	private static final UserId ALICE = new UserId(new UUID(0, 1));

	private static final Instant AT = Instant.parse("2027-01-05T15:00:00Z");

	@Test
	void namesThePersonTheLayerAndTheNextChangeOnTheTeamsClock() {
		OnCall answer = new OnCall(SCHEDULE, "Primary", ALICE, "Primary", false, Instant.parse("2027-01-06T14:00:00Z"));
		assertThat(OnCallText.explain(answer, (u) -> "Alice", NEW_YORK, AT))
			.isEqualTo("Alice, from layer Primary, until Wed 09:00");
	}

	@Test
	void aChangeAWeekOrMoreAwayCarriesItsDate() {
		OnCall answer = new OnCall(SCHEDULE, "Primary", ALICE, null, true, Instant.parse("2027-01-12T14:00:00Z"));
		assertThat(OnCallText.explain(answer, (u) -> "Alice", NEW_YORK, AT))
			.isEqualTo("Alice, by an override, until Tue 12 Jan 09:00");
	}

	@Test
	void saysWhenNobodyIsOnCallAndWhenNothingChangesWithinTheHorizon() {
		OnCall gap = new OnCall(SCHEDULE, "Primary", null, null, false, Instant.parse("2027-01-05T19:30:00Z"));
		assertThat(OnCallText.explain(gap, (u) -> "?", NEW_YORK, AT)).isEqualTo("Nobody is on call until Tue 14:30");
		OnCall steady = new OnCall(SCHEDULE, "Primary", ALICE, "Primary", false, null);
		assertThat(OnCallText.explain(steady, (u) -> "Alice", NEW_YORK, AT))
			.isEqualTo("Alice, from layer Primary, for at least the next 8 weeks");
	}

}
