package dev.sharpend.incident.search;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.incident.IncidentLessons;

/**
 * A past incident like the one at hand, with what it taught.
 *
 * @param incident its number
 * @param title its title
 * @param url where to read it
 * @param severity its severity
 * @param status its status
 * @param occurredAt when it was declared
 * @param sharedAlertRules alert rules both incidents have
 * @param sharedComponents components both incidents affect
 * @param ruledOut hypotheses refuted back then
 * @param lessons contributing factors and open action items from its reviews, or null
 */
public record SimilarIncident(long incident, String title, @Nullable String url, @Nullable String severity,
		@Nullable String status, Instant occurredAt, List<String> sharedAlertRules, List<String> sharedComponents,
		List<String> ruledOut, @Nullable IncidentLessons lessons) {

	/** This one without what reviews taught, for a caller who may not read reviews. */
	public SimilarIncident withoutLessons() {
		return new SimilarIncident(this.incident, this.title, this.url, this.severity, this.status, this.occurredAt,
				this.sharedAlertRules, this.sharedComponents, this.ruledOut, null);
	}

}
