package dev.sharpend.insight;

import java.time.Instant;
import java.util.List;

/**
 * The pages one escalation step of an alert group sent through one route, as the rollup
 * keeps them: one interruption per person paged, in the band and ISO week of the route's
 * wall clock.
 *
 * @param group the alert group
 * @param at when the step paged
 * @param route the schedule, team and zone
 * @param pages how many people were paged through it
 */
record Interruption(long group, Instant at, Route route, int pages) {

	InterruptionBand band() {
		return InterruptionBand.of(this.at, this.route.zone());
	}

	InsightWeek week() {
		return InsightWeek.of(this.at, this.route.zone());
	}

	/**
	 * A group's interruptions from its facts, oldest first. Pages published before routes
	 * were recorded have no interrupted facts and count nowhere here.
	 */
	static List<Interruption> of(List<Fact> facts) {
		return facts.stream()
			.filter((fact) -> fact.kind() == Fact.Kind.INTERRUPTED && fact.route() != null)
			.map((fact) -> new Interruption(fact.group(), fact.at(), fact.route(), fact.amount()))
			.toList();
	}

}
