package dev.sharpend.provider;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for watching providers' status pages.
 *
 * @param pollInterval how often a page is read unless its provider sets its own (default
 * 5 min, at least 1 min)
 * @param timeout how long one read may take in all, connecting, redirects and body
 * included (default 10 s)
 * @param allowPrivateTargets whether pages on private, loopback and link-local addresses
 * may be read (default false)
 * @param pollTick how often each node looks for pages due to be read (default 15 s)
 * @param readers how many pages one node reads at the same time (default 4)
 * @param maintenanceReminder how long before an upstream maintenance touching a component
 * of ours starts the people keeping the register are reminded of it (default 24 h; zero
 * sends no reminders)
 */
@ConfigurationProperties("sharpend.provider")
record ProviderProperties(@Nullable Duration pollInterval, @Nullable Duration timeout, boolean allowPrivateTargets,
		@Nullable Duration pollTick, @Nullable Integer readers, @Nullable Duration maintenanceReminder) {

	/** The shortest interval a provider may be read at. */
	static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

	/** The longest wait after repeated faults before a page is tried again. */
	static final Duration MAX_BACKOFF = Duration.ofHours(1);

	ProviderProperties {
		pollInterval = (pollInterval == null) ? Duration.ofMinutes(5)
				: (pollInterval.compareTo(MIN_INTERVAL) < 0) ? MIN_INTERVAL : pollInterval;
		timeout = (timeout != null && !timeout.isNegative() && !timeout.isZero()) ? timeout : Duration.ofSeconds(10);
		pollTick = (pollTick != null && !pollTick.isNegative() && !pollTick.isZero()) ? pollTick
				: Duration.ofSeconds(15);
		readers = (readers != null && readers > 0) ? readers : 4;
		maintenanceReminder = (maintenanceReminder == null) ? Duration.ofHours(24)
				: maintenanceReminder.isNegative() ? Duration.ZERO : maintenanceReminder;
	}

}
