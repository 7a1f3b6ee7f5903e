package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.insight.Fact.Kind;
import dev.sharpend.insight.ResponseTimes.Response;

import static org.assertj.core.api.Assertions.assertThat;

class InsightRollupTests {

	private static final Instant OPENED = Instant.parse("2026-11-30T03:00:00Z");

	private static final UUID INTEGRATION = UUID.fromString("8f9d7a52-2f4e-4b1c-9a54-3f1e2d6c7b10");

	@Test
	void aGroupPagedTwiceAcknowledgedAndResolvedByHandIsClassifiedFromItsFacts() {
		List<Fact> facts = List.of(opened(), new Fact(7, Kind.PAGED, OPENED.plusSeconds(30), null, null, 0, 2),
				new Fact(7, Kind.PAGED, OPENED.plusSeconds(330), null, null, 0, 1),
				Fact.of(7, Kind.ACKNOWLEDGED, OPENED.plusSeconds(400)),
				Fact.of(7, Kind.RESOLVED_BY_HAND, OPENED.plusSeconds(900)));

		GroupSummary summary = InsightRollup.summary(facts).orElseThrow();

		assertThat(summary.rule()).isEqualTo("HighLatency (job=api)");
		assertThat(summary.integration()).isEqualTo(INTEGRATION);
		assertThat(summary.pages()).as("two people in the first step, one in the second").isEqualTo(3);
		assertThat(summary.response()).isEqualTo(Response.ACKNOWLEDGED);
		assertThat(summary.toAcknowledge()).isEqualTo(Duration.ofSeconds(370));
		assertThat(summary.acknowledgedWithoutAction()).isTrue();
		assertThat(summary.resolvedByHand()).isTrue();
		assertThat(summary.open()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anIncidentLinkedBeforeTheResolutionIsAction() {
		List<Fact> facts = List.of(opened(), Fact.of(7, Kind.ACKNOWLEDGED, OPENED.plusSeconds(60)),
				new Fact(7, Kind.INCIDENT, OPENED.plusSeconds(60), null, null, 12, 1),
				Fact.of(7, Kind.RESOLVED_BY_SELF, OPENED.plusSeconds(600)));

		GroupSummary summary = InsightRollup.summary(facts).orElseThrow();

		assertThat(summary.acknowledgedWithoutAction()).isFalse();
		assertThat(summary.incidents()).containsExactly(12L);
		assertThat(summary.clearedBySelf()).as("acknowledged first").isFalse();
		assertThat(summary.response()).as("never paged").isEqualTo(Response.NOT_PAGED);
	}

	@Test
	void theFirstResolutionStandsAndAGroupWithoutItsOpeningIsNotCounted() {
		List<Fact> facts = List.of(opened(), Fact.of(7, Kind.RESOLVED_BY_SELF, OPENED.plusSeconds(240)),
				Fact.of(7, Kind.RESOLVED_BY_HAND, OPENED.plusSeconds(300)));

		GroupSummary summary = InsightRollup.summary(facts).orElseThrow();

		assertThat(summary.clearedBySelf()).isTrue();
		assertThat(summary.resolved()).isEqualTo(OPENED.plusSeconds(240));
		assertThat(InsightRollup.summary(List.of(Fact.of(8, Kind.ACKNOWLEDGED, OPENED)))).isEmpty();
	}

	@Test
	void anAnswerActionTakenIsActionAndTheLatestAnswerReplacesEarlierOnes() {
		Fact acknowledged = Fact.of(7, Kind.ACKNOWLEDGED, OPENED.plusSeconds(60));
		Fact resolved = Fact.of(7, Kind.RESOLVED_BY_SELF, OPENED.plusSeconds(600));

		GroupSummary unanswered = InsightRollup.summary(List.of(opened(), acknowledged, resolved)).orElseThrow();
		GroupSummary acted = InsightRollup.summary(List.of(opened(), acknowledged, resolved,
				Fact.answered(7, ActionTaken.NOT_ACTIONABLE, OPENED.plusSeconds(700)),
				Fact.answered(7, ActionTaken.ACTION_TAKEN, OPENED.plusSeconds(800))))
			.orElseThrow();
		GroupSummary changedMind = InsightRollup.summary(List.of(opened(), acknowledged, resolved,
				Fact.answered(7, ActionTaken.ACTION_TAKEN, OPENED.plusSeconds(700)),
				Fact.answered(7, ActionTaken.THRESHOLD_NEEDS_ADJUSTING, OPENED.plusSeconds(800))))
			.orElseThrow();

		assertThat(unanswered.acknowledgedWithoutAction()).isTrue();
		assertThat(unanswered.answer()).isNull();
		assertThat(acted.answer()).isEqualTo(ActionTaken.ACTION_TAKEN);
		assertThat(acted.acknowledgedWithoutAction()).as("an explicit \"action taken\" is action").isFalse();
		assertThat(changedMind.answer()).isEqualTo(ActionTaken.THRESHOLD_NEEDS_ADJUSTING);
		assertThat(changedMind.acknowledgedWithoutAction()).as("the earlier answer was replaced").isTrue();
	}

	@Test
	void aNoActionAnswerDoesNotUndoAnIncidentLinked() {
		GroupSummary summary = InsightRollup
			.summary(List.of(opened(), Fact.of(7, Kind.ACKNOWLEDGED, OPENED.plusSeconds(60)),
					new Fact(7, Kind.INCIDENT, OPENED.plusSeconds(90), null, null, 12, 1),
					Fact.of(7, Kind.RESOLVED_BY_HAND, OPENED.plusSeconds(600)),
					Fact.answered(7, ActionTaken.NOT_ACTIONABLE, OPENED.plusSeconds(700))))
			.orElseThrow();

		assertThat(summary.acknowledgedWithoutAction()).isFalse();
		assertThat(summary.answer()).isEqualTo(ActionTaken.NOT_ACTIONABLE);
	}

	@Test
	void aSilenceSetByAPersonBetweenTheAcknowledgementAndTheResolutionIsAction() {
		Fact acknowledged = Fact.of(7, Kind.ACKNOWLEDGED, OPENED.plusSeconds(60));
		Fact resolved = Fact.of(7, Kind.RESOLVED_BY_SELF, OPENED.plusSeconds(600));

		GroupSummary silencedAfter = InsightRollup
			.summary(List.of(opened(), acknowledged, Fact.of(7, Kind.SILENCED, OPENED.plusSeconds(120)), resolved))
			.orElseThrow();
		GroupSummary silencedAtResolution = InsightRollup
			.summary(List.of(opened(), acknowledged, Fact.of(7, Kind.SILENCED, OPENED.plusSeconds(600)), resolved))
			.orElseThrow();
		GroupSummary silencedBefore = InsightRollup
			.summary(List.of(opened(), Fact.of(7, Kind.SILENCED, OPENED.plusSeconds(30)), acknowledged, resolved))
			.orElseThrow();

		assertThat(silencedAfter.acknowledgedWithoutAction()).isFalse();
		assertThat(silencedAtResolution.acknowledgedWithoutAction()).as("the interval includes both ends").isFalse();
		assertThat(silencedBefore.acknowledgedWithoutAction())
			.as("before the acknowledgement: nothing done between it and the resolution")
			.isTrue();
		assertThat(silencedAfter.clearedBySelf()).as("acknowledged first").isFalse();
	}

	private static Fact opened() {
		return new Fact(7, Kind.OPENED, OPENED, "HighLatency (job=api)", INTEGRATION, 0, 1);
	}

}
