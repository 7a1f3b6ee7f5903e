package dev.sharpend.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for alert intake.
 *
 * @param batchSize the most alerts one group-commit transaction writes (a larger delivery
 * still goes in one transaction of its own)
 * @param batchLinger how long the writer waits for more deliveries to share a transaction
 * once it has one
 * @param queueCapacity deliveries waiting for the writer before new ones are refused with
 * 503
 * @param commitTimeout how long a delivery waits for its transaction before it is
 * answered 503
 * @param lastSeenFlushInterval how often last-seen times of re-sent, unchanged alerts are
 * written
 * @param integrationRate deliveries a minute an integration may send when it has no rate
 * of its own (per node)
 */
@ConfigurationProperties("sharpend.alert")
record AlertProperties(Integer batchSize, Duration batchLinger, Integer queueCapacity, Duration commitTimeout,
		Duration lastSeenFlushInterval, Integer integrationRate) {

	public AlertProperties {
		batchSize = (batchSize != null && batchSize > 0) ? batchSize : 5000;
		batchLinger = (batchLinger != null && !batchLinger.isNegative()) ? batchLinger : Duration.ofMillis(2);
		queueCapacity = (queueCapacity != null && queueCapacity > 0) ? queueCapacity : 10_000;
		commitTimeout = (commitTimeout != null && !commitTimeout.isNegative() && !commitTimeout.isZero())
				? commitTimeout : Duration.ofSeconds(30);
		lastSeenFlushInterval = (lastSeenFlushInterval != null && !lastSeenFlushInterval.isNegative()
				&& !lastSeenFlushInterval.isZero()) ? lastSeenFlushInterval : Duration.ofSeconds(5);
		integrationRate = (integrationRate != null && integrationRate > 0) ? integrationRate : 600;
	}

}
