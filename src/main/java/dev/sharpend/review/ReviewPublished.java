package dev.sharpend.review;

/**
 * A review was published and is readable with review:read.
 *
 * @param review the review's id
 * @param incident the incident number, or null for a near miss
 */
record ReviewPublished(long review, Long incident) {
}
