package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How fast a set of alert groups was answered and resolved. Every group lands in exactly
 * one of four places for time to acknowledge:
 * <ul>
 * <li>resolved by itself before anyone acknowledged it: counted in
 * {@code autoResolvedBeforeAcknowledgement}, never as a response, however fast it
 * cleared;</li>
 * <li>never paged: counted in {@code notPaged}, since there was no page to answer;</li>
 * <li>paged and not acknowledged (resolved by hand without an acknowledgement, or still
 * open): counted in {@code neverAcknowledged}, outside the percentiles;</li>
 * <li>paged and acknowledged: one time to acknowledge, from the first page to the first
 * acknowledgement (zero when someone acknowledged before the first page went out).</li>
 * </ul>
 * Time to resolve runs from the group's opening to its resolution, over resolved groups
 * except those that resolved by themselves before an acknowledgement; how long those took
 * to clear is {@code toClearBySelf}. Percentiles are nearest-rank ({@link Percentiles}).
 *
 * @param toAcknowledge first page to first acknowledgement, p50 and p95
 * @param neverAcknowledged paged groups nobody acknowledged
 * @param autoResolvedBeforeAcknowledgement groups that cleared by themselves first
 * @param notPaged groups that did not clear by themselves and paged nobody
 * @param toResolve opening to resolution of the groups someone responded to or resolved
 * @param toClearBySelf opening to resolution of the groups that cleared by themselves
 */
record ResponseTimes(Percentiles toAcknowledge, int neverAcknowledged, int autoResolvedBeforeAcknowledgement,
		int notPaged, Percentiles toResolve, Percentiles toClearBySelf) {

	static ResponseTimes of(Collection<GroupHistory> groups) {
		return summarised(groups.stream().map((group) -> GroupSummary.of(group, null)).toList());
	}

	static ResponseTimes summarised(Collection<GroupSummary> groups) {
		List<Duration> toAcknowledge = new ArrayList<>();
		List<Duration> toResolve = new ArrayList<>();
		List<Duration> toClear = new ArrayList<>();
		int never = 0;
		int cleared = 0;
		int notPaged = 0;
		for (GroupSummary group : groups) {
			switch (group.response()) {
				case CLEARED_BY_SELF -> cleared++;
				case NOT_PAGED -> notPaged++;
				case NEVER_ACKNOWLEDGED -> never++;
				case ACKNOWLEDGED -> toAcknowledge.add(group.toAcknowledge());
			}
			if (group.resolved() != null) {
				Duration open = Duration.between(group.opened(), group.resolved());
				(group.response() == Response.CLEARED_BY_SELF ? toClear : toResolve).add(open);
			}
		}
		return new ResponseTimes(Percentiles.of(toAcknowledge), never, cleared, notPaged, Percentiles.of(toResolve),
				Percentiles.of(toClear));
	}

	/** Where a group lands for time to acknowledge. */
	static Response response(GroupHistory group) {
		if (group.clearedBySelf()) {
			return Response.CLEARED_BY_SELF;
		}
		if (group.firstPage().isEmpty()) {
			return Response.NOT_PAGED;
		}
		return group.firstAcknowledgement().isEmpty() ? Response.NEVER_ACKNOWLEDGED : Response.ACKNOWLEDGED;
	}

	/**
	 * First page to first acknowledgement, zero when the acknowledgement came first; only
	 * for {@link Response#ACKNOWLEDGED} groups.
	 */
	static Duration timeToAcknowledge(GroupHistory group) {
		Instant page = group.firstPage().orElseThrow();
		Instant ack = group.firstAcknowledgement().orElseThrow();
		return ack.isBefore(page) ? Duration.ZERO : Duration.between(page, ack);
	}

	/** Where a group lands for time to acknowledge (see the type's description). */
	enum Response {

		CLEARED_BY_SELF, NOT_PAGED, NEVER_ACKNOWLEDGED, ACKNOWLEDGED

	}

}
