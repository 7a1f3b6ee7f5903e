package dev.sharpend.incident.timeline;

import java.time.Instant;

/**
 * One entry on an incident's timeline.
 *
 * @param id the entry's id
 * @param incident the incident's number
 * @param kind what it records
 * @param body Markdown text
 * @param author who wrote it ({@code sharpend} for automatic entries)
 * @param occurredAt when it happened (may be earlier than recorded)
 * @param recordedAt when it was written down
 * @param editedAt when it was last corrected, or null
 */
public record TimelineEntry(long id, long incident, EntryKind kind, String body, String author, Instant occurredAt,
		Instant recordedAt, Instant editedAt) {
}
