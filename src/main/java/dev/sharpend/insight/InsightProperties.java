package dev.sharpend.insight;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for insights.
 *
 * @param timeZone the zone whose local midnights start the 7/30/90-day windows and whose
 * Mondays start the weeks
 * @param rollupInterval how often the figures take in what happened since
 */
@ConfigurationProperties("sharpend.insight")
record InsightProperties(ZoneId timeZone, Duration rollupInterval) {

	// unset settings bind as null and take their defaults here, once
	InsightProperties {
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
		rollupInterval = (rollupInterval != null && !rollupInterval.isNegative() && !rollupInterval.isZero())
				? rollupInterval : Duration.ofSeconds(30);
	}

}
