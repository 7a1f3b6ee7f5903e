package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.insight.GroupHistory.IncidentLink;
import dev.sharpend.insight.ResponseTimes.Response;

import org.jspecify.annotations.Nullable;

/**
 * One alert group classified by the definitions, as the rollup keeps it: everything the
 * noise tables need about the group on its own. Re-fires depend on the rule's later
 * groups, so they are found when figures are read ({@link GroupOutcome#refired}).
 *
 * @param group the alert group's id
 * @param rule its alert rule
 * @param integration the integration it came through, or null when not known
 * @param opened when it opened
 * @param resolved when it resolved, or null while it is open
 * @param resolvedByHand whether a person resolved it
 * @param pages pages sent about it
 * @param response where it lands for time to acknowledge
 * @param toAcknowledge first page to first acknowledgement, for acknowledged groups
 * @param acknowledgedWithoutAction acknowledged, then resolved with no action
 * @param incidents the incidents it was linked to, in the order they were
 * @param answer the latest answer to "was action taken?", or null when none was given
 */
record GroupSummary(long group, String rule, @Nullable UUID integration, Instant opened, @Nullable Instant resolved,
		boolean resolvedByHand, int pages, Response response, @Nullable Duration toAcknowledge,
		boolean acknowledgedWithoutAction, List<Long> incidents, @Nullable ActionTaken answer) {

	GroupSummary {
		incidents = List.copyOf(incidents);
	}

	static GroupSummary of(GroupHistory history, @Nullable UUID integration) {
		Response response = ResponseTimes.response(history);
		return new GroupSummary(history.group(), history.rule(), integration, history.opened(),
				history.resolution().map(GroupHistory.Resolution::at).orElse(null),
				history.resolution().map(GroupHistory.Resolution::byHand).orElse(false), history.pages().size(),
				response, (response == Response.ACKNOWLEDGED) ? ResponseTimes.timeToAcknowledge(history) : null,
				GroupOutcome.acknowledgedWithoutAction(history),
				history.incidents().stream().map(IncidentLink::incident).distinct().toList(),
				history.answer().orElse(null));
	}

	/** It resolved by itself before anyone acknowledged it ("it'll clear"). */
	public boolean clearedBySelf() {
		return this.response == Response.CLEARED_BY_SELF;
	}

	public boolean linkedToIncident() {
		return !this.incidents.isEmpty();
	}

	/** How long it was open, or null while it is. */
	public @Nullable Duration open() {
		return (this.resolved == null) ? null : Duration.between(this.opened, this.resolved);
	}

}
