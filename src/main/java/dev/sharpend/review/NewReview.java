package dev.sharpend.review;

/**
 * What starting a review needs.
 *
 * @param incident the incident number, or null for a near miss
 * @param title the title; empty takes the incident's
 * @param template the template id; empty takes the default
 */
public record NewReview(Long incident, String title, String template) {
}
