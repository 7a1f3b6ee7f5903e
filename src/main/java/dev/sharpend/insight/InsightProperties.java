package dev.sharpend.insight;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for insights.
 *
 * @param timeZone the zone whose local midnights start the 7/30/90-day windows and whose
 * Mondays start the weeks
 * @param rollupInterval how often the figures take in what happened since
 * @param flapHigh the percent state change at or above which a rule starts flapping
 * (default 50)
 * @param flapLow the percent state change at or below which a flapping rule stops
 * (default 25)
 * @param flapSampling how often a rule that stays firing or resolved records that state
 * again for flap detection (default one hour)
 * @param reviewDue how long after its resolution an incident may go without a review
 * before it is a drift signal (default 5 days)
 * @param weeklyDigest whether each rotation's team gets its weekly review by e-mail on
 * the rotation's handoff day (default on)
 */
@ConfigurationProperties("sharpend.insight")
record InsightProperties(ZoneId timeZone, Duration rollupInterval, @Nullable Double flapHigh, @Nullable Double flapLow,
		Duration flapSampling, Duration reviewDue, @DefaultValue("true") boolean weeklyDigest) {

	static final Duration DEFAULT_REVIEW_DUE = Duration.ofDays(5);

	// unset settings bind as null and take their defaults here, once
	InsightProperties {
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
		rollupInterval = positive(rollupInterval, Duration.ofSeconds(30));
		flapHigh = (flapHigh != null) ? flapHigh : Flapping.DEFAULT_HIGH_THRESHOLD;
		flapLow = (flapLow != null) ? flapLow : Flapping.DEFAULT_LOW_THRESHOLD;
		flapSampling = positive(flapSampling, Flapping.DEFAULT_SAMPLING);
		reviewDue = positive(reviewDue, DEFAULT_REVIEW_DUE);
		// refuses to start with thresholds that cannot hysterese, naming both
		flapping(flapLow, flapHigh, flapSampling);
	}

	/** How flapping is judged. */
	Flapping.Settings flapping() {
		return flapping(this.flapLow, this.flapHigh, this.flapSampling);
	}

	private static Flapping.Settings flapping(@Nullable Double low, @Nullable Double high, Duration sampling) {
		return new Flapping.Settings(new Flapping.Thresholds((low != null) ? low : Flapping.DEFAULT_LOW_THRESHOLD,
				(high != null) ? high : Flapping.DEFAULT_HIGH_THRESHOLD), sampling);
	}

	private static Duration positive(@Nullable Duration given, Duration otherwise) {
		return (given != null && !given.isNegative() && !given.isZero()) ? given : otherwise;
	}

}
