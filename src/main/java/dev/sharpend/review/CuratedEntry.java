package dev.sharpend.review;

import java.time.Instant;

/**
 * An incident timeline entry chosen for the review, with the review's annotation.
 *
 * @param entry the timeline entry's id
 * @param kind its kind code
 * @param body its text
 * @param author who wrote it
 * @param occurredAt when it happened
 * @param annotation what the review says about it
 */
public record CuratedEntry(long entry, String kind, String body, String author, Instant occurredAt, String annotation) {
}
