package dev.sharpend.oncall;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for paging.
 *
 * @param pollInterval how often each node looks for due escalation steps and
 * notifications (default 1 s)
 * @param linkValidity how long the one-click links in a page work (default 24 h)
 * @param maxPagesPerMinute notifications one person receives per minute before the rest
 * are held back for a digest (default 6)
 */
@ConfigurationProperties("sharpend.oncall")
record PagingProperties(@Nullable Duration pollInterval, @Nullable Duration linkValidity,
		@Nullable Integer maxPagesPerMinute) {

	PagingProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		linkValidity = (linkValidity != null) ? linkValidity : Duration.ofHours(24);
		maxPagesPerMinute = (maxPagesPerMinute != null && maxPagesPerMinute > 0) ? maxPagesPerMinute : 6;
	}

}
