package dev.sharpend.provider;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.StatusScope;

/**
 * Where a provider's status is published and read.
 *
 * @param page the status page people open, null when none is known
 * @param feed the address polled (an API or feed of that page), null when not watched
 * @param format how the feed is read, null to detect it from the first answer
 * @param scope the products, locations or regions watched
 * @param pollInterval how often the feed is read, null for the configured default
 */
public record StatusSource(@Nullable String page, @Nullable String feed, @Nullable StatusFormat format,
		StatusScope scope, @Nullable Duration pollInterval) {

	/** Where the status is published, read at the configured default interval. */
	public StatusSource(@Nullable String page, @Nullable String feed, @Nullable StatusFormat format,
			StatusScope scope) {
		this(page, feed, format, scope, null);
	}

	/** No status page known. */
	public static StatusSource none() {
		return new StatusSource(null, null, null, StatusScope.everything());
	}

	/** Whether the feed is polled. */
	public boolean isWatched() {
		return this.feed != null;
	}

}
