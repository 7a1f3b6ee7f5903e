package dev.sharpend.review;

import org.jspecify.annotations.Nullable;

/**
 * A factor of a review that names a third-party provider: how the provider took part in
 * one of our incidents.
 *
 * @param review the review
 * @param incident the incident it reviews, null for a stand-alone review
 * @param title the review's title
 * @param mitigator whether the provider limited the impact rather than contributed
 * @param description what the factor says, in Markdown
 */
public record ProviderFactor(long review, @Nullable Long incident, String title, boolean mitigator,
		String description) {
}
