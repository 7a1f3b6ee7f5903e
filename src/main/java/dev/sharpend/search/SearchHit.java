package dev.sharpend.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param type the document type
 * @param id the identifier within the type
 * @param incident the incident it belongs to, or null
 * @param title its heading
 * @param titleHighlight the heading as HTML: escaped text, matches in {@code <mark>}
 * @param url where to read it
 * @param highlight an HTML snippet of the body: escaped text, matches in {@code <mark>}
 * @param score the relevance (0 when listed by date)
 * @param occurredAt when it happened
 * @param severity the severity, or null
 * @param status the status, or null
 * @param components affected components
 */
public record SearchHit(String type, String id, Long incident, String title, String titleHighlight, String url,
		String highlight, float score, Instant occurredAt, String severity, String status, List<String> components) {
}
