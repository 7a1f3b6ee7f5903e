package dev.sharpend.search;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

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
@NamedInterface("api")
public record SimilarIncident(long incident, String title, String url, String severity, String status,
		Instant occurredAt, List<String> sharedAlertRules, List<String> sharedComponents, List<String> ruledOut,
		IncidentLessons.Lessons lessons) {
}
