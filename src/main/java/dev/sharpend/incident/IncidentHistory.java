package dev.sharpend.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What a review needs to know of an incident: who led and took part, what was written on
 * its timeline and when its status changed.
 *
 * @param incident the incident, with its mitigated and resolved times
 * @param commander who is commander now (or was last), or null
 * @param participants everyone who took part, in the order they joined
 * @param entries the timeline, oldest first
 * @param firstAlertAt when the first alert was written on the timeline, or null
 */
@NamedInterface("api")
public record IncidentHistory(Incident incident, String commander, List<String> participants, List<Entry> entries,
		Instant firstAlertAt) {

	/**
	 * One timeline entry.
	 *
	 * @param id the entry's id
	 * @param kind its kind's code, such as {@code observation} or {@code status}
	 * @param body Markdown text
	 * @param author who wrote it
	 * @param occurredAt when it happened
	 */
	public record Entry(long id, String kind, String body, String author, Instant occurredAt) {
	}

	/** When the problem started as far as the timeline shows: its earliest entry. */
	public Instant startedAt() {
		return this.entries.stream()
			.map(Entry::occurredAt)
			.filter((at) -> at.isBefore(this.incident.declaredAt()))
			.min(Instant::compareTo)
			.orElse(this.incident.declaredAt());
	}

	/** When someone noticed: the first alert, or else the declaration. */
	public Instant detectedAt() {
		return (this.firstAlertAt != null && this.firstAlertAt.isBefore(this.incident.declaredAt())) ? this.firstAlertAt
				: this.incident.declaredAt();
	}

}
