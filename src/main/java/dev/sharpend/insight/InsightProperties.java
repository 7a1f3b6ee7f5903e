package dev.sharpend.insight;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for insights.
 *
 * @param timeZone the zone whose local midnights start the 7/30/90-day windows and whose
 * Mondays start the weeks
 * @param rollupInterval how often the figures take in what happened since
 */
@ConfigurationProperties("sharpend.insight")
record InsightProperties(@Nullable ZoneId timeZone, @Nullable Duration rollupInterval) {

	InsightProperties {
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
		rollupInterval = (rollupInterval != null && !rollupInterval.isNegative() && !rollupInterval.isZero())
				? rollupInterval : Duration.ofSeconds(30);
	}

	ZoneId zone() {
		return (this.timeZone != null) ? this.timeZone : ZoneId.of("UTC");
	}

	Duration interval() {
		return (this.rollupInterval != null) ? this.rollupInterval : Duration.ofSeconds(30);
	}

}
