package dev.sharpend.search;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * One searchable thing as a module describes it to the search index. Modules own their
 * data; the index only keeps what is needed to find, filter, rank and link back.
 *
 * @param type the kind, such as {@code incident}, {@code timeline_entry}, {@code review},
 * {@code factor} or {@code action_item}; equal to {@link SearchSource#type()}
 * @param id the identifier within the type
 * @param incident the incident number it belongs to, or {@code null}
 * @param title a short title shown as the hit's heading
 * @param body the text searched and highlighted
 * @param occurredAt when it happened, for date filters and recency
 * @param severity the incident severity such as {@code SEV2}, or {@code null}
 * @param status the lifecycle status of the thing (incident, review or action item), or
 * {@code null}
 * @param components names of affected components
 * @param alertRules identities of the alert rules involved, for similar incidents
 * @param factorTypes contributing factor types such as {@code technical}
 * @param url where a signed-in user reads it, such as {@code /response/incidents/12}
 */
@NamedInterface("api")
public record SearchDocument(String type, String id, Long incident, String title, String body, Instant occurredAt,
		String severity, String status, List<String> components, List<String> alertRules, List<String> factorTypes,
		String url) {

	public SearchDocument {
		components = (components != null) ? List.copyOf(components) : List.of();
		alertRules = (alertRules != null) ? List.copyOf(alertRules) : List.of();
		factorTypes = (factorTypes != null) ? List.copyOf(factorTypes) : List.of();
	}

}
