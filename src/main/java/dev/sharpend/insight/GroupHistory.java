package dev.sharpend.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.sharpend.alert.ActionTaken;

/**
 * What happened to one alert group, as the insight definitions need it: when it opened,
 * the pages sent about it, its acknowledgements, its resolution, what people did on it,
 * the incidents it was linked to and the silences people set on it. Lists are kept in
 * time order, so "first" is always the earliest.
 * <p>
 * Built from its opening: {@code GroupHistory.opened(7, "HighLatency", at).paged(p)
 * .acknowledged(a).resolvedBySelf(r)}; each step returns a new history.
 *
 * @param group the alert group's id
 * @param rule the alert rule it belongs to (such as {@code HighLatency (job=api)})
 * @param opened when the group opened (a fire)
 * @param pages when each page (one notification to one person) was sent
 * @param acknowledgements when a person acknowledged it, each time
 * @param resolution how and when it resolved, empty while it is open
 * @param actions what people did on it (timeline entries, notes)
 * @param incidents the incidents it was linked to, declared from it or attached to
 * @param silences when a person set a silence covering it
 * @param answer the responder's latest answer to "was action taken?", if one was given
 */
record GroupHistory(long group, String rule, Instant opened, List<Instant> pages, List<Instant> acknowledgements,
		Optional<Resolution> resolution, List<PersonAction> actions, List<IncidentLink> incidents,
		List<Instant> silences, Optional<ActionTaken> answer) {

	GroupHistory {
		pages = sorted(pages, Function.identity());
		acknowledgements = sorted(acknowledgements, Function.identity());
		actions = sorted(actions, PersonAction::at);
		incidents = sorted(incidents, IncidentLink::at);
		silences = sorted(silences, Function.identity());
	}

	/** A group that has just opened: no pages, acknowledgements or resolution yet. */
	static GroupHistory opened(long group, String rule, Instant at) {
		return new GroupHistory(group, rule, at, List.of(), List.of(), Optional.empty(), List.of(), List.of(),
				List.of(), Optional.empty());
	}

	GroupHistory paged(Instant at) {
		return new GroupHistory(this.group, this.rule, this.opened, plus(this.pages, at), this.acknowledgements,
				this.resolution, this.actions, this.incidents, this.silences, this.answer);
	}

	GroupHistory acknowledged(Instant at) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, plus(this.acknowledgements, at),
				this.resolution, this.actions, this.incidents, this.silences, this.answer);
	}

	/** Resolved because its last alert resolved; nobody resolved it. */
	GroupHistory resolvedBySelf(Instant at) {
		return resolved(new Resolution(at, false));
	}

	/** Resolved by a person. */
	GroupHistory resolvedByHand(Instant at) {
		return resolved(new Resolution(at, true));
	}

	GroupHistory acted(PersonAction.Kind kind, Instant at) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, this.acknowledgements, this.resolution,
				plus(this.actions, new PersonAction(kind, at)), this.incidents, this.silences, this.answer);
	}

	GroupHistory linkedToIncident(long incident, Instant at) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, this.acknowledgements, this.resolution,
				this.actions, plus(this.incidents, new IncidentLink(incident, at)), this.silences, this.answer);
	}

	GroupHistory silenced(Instant at) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, this.acknowledgements, this.resolution,
				this.actions, this.incidents, plus(this.silences, at), this.answer);
	}

	/** Answered "was action taken?"; replaces an earlier answer. */
	GroupHistory answered(ActionTaken answer) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, this.acknowledgements, this.resolution,
				this.actions, this.incidents, this.silences, Optional.of(answer));
	}

	/** The first page sent about the group, if any was. */
	Optional<Instant> firstPage() {
		return this.pages.stream().findFirst();
	}

	/** The first acknowledgement, if anyone acknowledged the group. */
	Optional<Instant> firstAcknowledgement() {
		return this.acknowledgements.stream().findFirst();
	}

	/**
	 * Whether the group resolved by itself before anyone acknowledged it ("it'll clear").
	 * An acknowledgement at the very instant of the resolution counts as first.
	 */
	boolean clearedBySelf() {
		return this.resolution.filter((resolved) -> !resolved.byHand())
			.filter((resolved) -> firstAcknowledgement().map((ack) -> ack.isAfter(resolved.at())).orElse(true))
			.isPresent();
	}

	private GroupHistory resolved(Resolution resolution) {
		return new GroupHistory(this.group, this.rule, this.opened, this.pages, this.acknowledgements,
				Optional.of(resolution), this.actions, this.incidents, this.silences, this.answer);
	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}

	private static <T> List<T> sorted(List<T> list, Function<T, Instant> at) {
		return list.stream().sorted(Comparator.comparing(at)).toList();
	}

	/**
	 * How a group resolved.
	 *
	 * @param at when
	 * @param byHand whether a person resolved it; false when its last alert resolved
	 */
	record Resolution(Instant at, boolean byHand) {
	}

	/**
	 * Something a person did on a group that shows they worked on it.
	 *
	 * @param kind what
	 * @param at when
	 */
	record PersonAction(Kind kind, Instant at) {

		/** What a person did on a group. */
		enum Kind {

			/** Wrote an entry on the timeline of an incident handling the group. */
			TIMELINE_ENTRY,

			/** Wrote a note on the group itself. */
			NOTE

		}

	}

	/**
	 * The group was linked to an incident: declared from it or attached to it.
	 *
	 * @param incident the incident's number
	 * @param at when
	 */
	record IncidentLink(long incident, Instant at) {
	}

}
