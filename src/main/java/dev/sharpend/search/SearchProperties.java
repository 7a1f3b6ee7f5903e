package dev.sharpend.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the search index.
 *
 * @param directory the folder of this node's index; empty for {@code search} in the data
 * folder
 * @param pollInterval how often the node looks for changes recorded by any node
 * @param commitInterval how often indexed changes are made durable on disk
 * @param changeRetention how long recorded changes are kept; a node whose index is older
 * rebuilds it
 */
@ConfigurationProperties("sharpend.search")
record SearchProperties(String directory, Duration pollInterval, Duration commitInterval, Duration changeRetention) {

	SearchProperties {
		pollInterval = positive(pollInterval, Duration.ofMillis(500));
		commitInterval = positive(commitInterval, Duration.ofSeconds(10));
		changeRetention = positive(changeRetention, Duration.ofDays(2));
	}

	private static Duration positive(Duration value, Duration fallback) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
	}

}
