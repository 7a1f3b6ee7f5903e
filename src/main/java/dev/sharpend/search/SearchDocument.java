package dev.sharpend.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One searchable thing as its module pushes it to {@link SearchDocuments}. Modules own
 * their data; the search module keeps this copy to find, filter, rank and link back, and
 * hands it back whole with every hit.
 *
 * @param type the kind, such as {@code incident}, {@code timeline_entry}, {@code review},
 * {@code factor} or {@code action_item}; one of the declared {@link SearchKind}s
 * @param id the identifier within the type
 * @param incident the incident number it belongs to, or {@code null}
 * @param title a short title shown as the hit's heading
 * @param body the text searched and highlighted
 * @param occurredAt when it happened, for date filters and recency
 * @param severity the incident severity such as {@code SEV2}, or {@code null}
 * @param status the lifecycle status of the thing (incident, review or action item), or
 * {@code null}
 * @param components names of affected components
 * @param alertRules identities of the alert rules involved
 * @param factorTypes contributing factor types such as {@code technical}
 * @param url where a signed-in user reads it, such as {@code /response/incidents/12}
 * @param stored values the owning module wants back with each hit, by name; neither
 * searched nor shown in search results
 */
@NamedInterface("api")
public record SearchDocument(String type, String id, @Nullable Long incident, String title, String body,
		Instant occurredAt, @Nullable String severity, @Nullable String status, List<String> components,
		List<String> alertRules, List<String> factorTypes, @Nullable String url, Map<String, String> stored) {

	public SearchDocument {
		components = (components != null) ? List.copyOf(components) : List.of();
		alertRules = (alertRules != null) ? List.copyOf(alertRules) : List.of();
		factorTypes = (factorTypes != null) ? List.copyOf(factorTypes) : List.of();
		stored = (stored != null) ? Map.copyOf(stored) : Map.of();
	}

	/** A document with nothing stored besides its fields. */
	public SearchDocument(String type, String id, @Nullable Long incident, String title, String body,
			Instant occurredAt, @Nullable String severity, @Nullable String status, List<String> components,
			List<String> alertRules, List<String> factorTypes, @Nullable String url) {
		this(type, id, incident, title, body, occurredAt, severity, status, components, alertRules, factorTypes, url,
				Map.of());
	}

	/** This document with one more stored value. */
	public SearchDocument withStored(String name, String value) {
		Map<String, String> more = new HashMap<>(this.stored);
		more.put(name, value);
		return new SearchDocument(this.type, this.id, this.incident, this.title, this.body, this.occurredAt,
				this.severity, this.status, this.components, this.alertRules, this.factorTypes, this.url, more);
	}

}
