package dev.sharpend.insight;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.GroupHistory.PersonAction;

import static org.assertj.core.api.Assertions.assertThat;

class GroupHistoryTests {

	private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void factsArrivingOutOfOrderAreKeptInTimeOrder() {
		// events are handled after their senders commit, so a later page can be handled
		// first
		GroupHistory group = GroupHistory.opened(1, "HighLatency", T)
			.paged(T.plusSeconds(300))
			.paged(T.plusSeconds(60))
			.acknowledged(T.plusSeconds(400))
			.acknowledged(T.plusSeconds(200))
			.acted(PersonAction.Kind.NOTE, T.plusSeconds(500))
			.acted(PersonAction.Kind.TIMELINE_ENTRY, T.plusSeconds(450));
		assertThat(group.firstPage()).contains(T.plusSeconds(60));
		assertThat(group.firstAcknowledgement()).contains(T.plusSeconds(200));
		assertThat(group.actions()).extracting(PersonAction::kind)
			.containsExactly(PersonAction.Kind.TIMELINE_ENTRY, PersonAction.Kind.NOTE);
	}

	@Test
	void eachStepLeavesTheEarlierHistoryAsItWas() {
		GroupHistory opened = GroupHistory.opened(1, "HighLatency", T);
		GroupHistory resolved = opened.paged(T.plusSeconds(60)).resolvedBySelf(T.plusSeconds(120));
		assertThat(opened.pages()).isEmpty();
		assertThat(opened.resolution()).isEmpty();
		assertThat(resolved.clearedBySelf()).isTrue();
		assertThat(opened.clearedBySelf()).isFalse();
	}

}
