package dev.sharpend.provider;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.WatchRepository.Watch;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers' status pages say, as last read: each provider's status as a whole and
 * since when, its components, its open incidents and maintenances, and the history of the
 * events it published.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ProviderWatching {

	private final ProviderRepository providers;

	private final WatchRepository watches;

	private final UpstreamRepository upstream;

	ProviderWatching(ProviderRepository providers, WatchRepository watches, UpstreamRepository upstream) {
		this.providers = providers;
		this.watches = watches;
		this.upstream = upstream;
	}

	/** Every watched provider's status as a whole, for the register's list. */
	public Map<ProviderId, WatchedStatus.Overall> overall() {
		return this.watches.overall();
	}

	/**
	 * The provider's status as last read; unknown (with no time) while its page has not
	 * been read yet or it has no status feed.
	 * @throws RequestRejected (not found) for an unknown provider
	 */
	public WatchedStatus status(ProviderId id) {
		Provider provider = require(id);
		Watch watch = this.watches.watch(id).orElse(null);
		if (watch == null) {
			return new WatchedStatus(id, provider.status().isWatched(), UpstreamStatus.UNKNOWN, null, null, null, null,
					null, null, this.upstream.components(id), this.upstream.open(id), this.watches.faults(id));
		}
		return new WatchedStatus(id, true, watch.status(), watch.since(), watch.lastReadAt(), watch.lastAttemptAt(),
				watch.nextPollAt(), watch.lastError(), watch.format(), this.upstream.components(id),
				this.upstream.open(id), this.watches.faults(id));
	}

	/**
	 * The provider's incidents and maintenances, the latest first.
	 * @param kind only incidents or only maintenances, null for both
	 * @throws RequestRejected (not found) for an unknown provider
	 */
	public PageOf<WatchedEvent> events(ProviderId id, @Nullable EventKind kind, PageWindow window) {
		require(id);
		return this.upstream.events(id, kind, window);
	}

	private Provider require(ProviderId id) {
		return this.providers.provider(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no provider " + id + "."));
	}

}
