package dev.sharpend.incident.timeline;

import java.time.Instant;

/**
 * A timeline entry as someone writes or corrects it; null fields are left as they are
 * when correcting (and default when writing: {@code occurredAt} now).
 *
 * @param kind a kind code people may write, such as {@code observation}
 * @param body Markdown text
 * @param occurredAt when it happened
 */
public record EntryDraft(String kind, String body, Instant occurredAt) {
}
