package dev.sharpend.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.identity.SsoSettingsRepository.StoredSso;
import dev.sharpend.secret.SecretUnreadable;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.AfterCommit;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The single sign-on settings in force: those an administrator saved in the UI, or, while
 * none are saved, the environment's ({@code SHARPEND_OIDC_*}). Saved settings replace the
 * environment's as a whole, not field by field.
 * <p>
 * What it read is kept, so a sign-in neither queries the settings nor decrypts the client
 * secret on every request. A save on this node takes effect at once; a save on another
 * node is noticed within {@link #RECHECK} by comparing the stored revision.
 */
@Component
class StoredOidcSettings implements OidcSettings {

	static final Duration RECHECK = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(StoredOidcSettings.class);

	private final SsoSettingsRepository repository;

	private final Secrets secrets;

	private final PropertyOidcSettings environment;

	private final Clock clock;

	private volatile Cached cached;

	StoredOidcSettings(SsoSettingsRepository repository, Secrets secrets, PropertyOidcSettings environment,
			Clock clock) {
		this.repository = repository;
		this.secrets = secrets;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public Values current() {
		Cached current = this.cached;
		if (current == null || current.checkedAt().plus(RECHECK).isBefore(this.clock.instant())) {
			current = refresh();
		}
		return current.values();
	}

	@EventListener
	void saved(SingleSignOnSettingsSaved event) {
		AfterCommit.run(this::invalidate);
	}

	@EventListener
	void removed(SingleSignOnSettingsRemoved event) {
		AfterCommit.run(this::invalidate);
	}

	// Synchronized with refresh() so that a read which began before a save committed
	// cannot
	// put the old settings back after the save emptied the cache.
	synchronized void invalidate() {
		this.cached = null;
	}

	private synchronized Cached refresh() {
		Cached previous = this.cached;
		Instant now = this.clock.instant();
		if (previous != null && !previous.checkedAt().plus(RECHECK).isBefore(now)) {
			return previous;
		}
		Cached fresh;
		try {
			UUID revision = this.repository.revision().orElse(null);
			fresh = (previous != null && Objects.equals(previous.revision(), revision)) ? previous.checkedAt(now)
					: load(now);
		}
		catch (DataAccessException ex) {
			if (previous == null) {
				throw ex;
			}
			// Keeps single sign-on working with the last known settings while the
			// database is unreachable.
			log.warn("Cannot re-read the single sign-on settings; keeping those read at {}: {}", previous.checkedAt(),
					ex.getMessage());
			fresh = previous.checkedAt(now);
		}
		this.cached = fresh;
		return fresh;
	}

	private Cached load(Instant now) {
		StoredSso stored = this.repository.find().orElse(null);
		if (stored == null) {
			return new Cached(this.environment.current(), null, now);
		}
		if (!stored.enabled()) {
			return new Cached(new Values(null, stored.clientId(), null, stored.defaultRole(), stored.label()),
					stored.revision(), now);
		}
		return new Cached(new Values(stored.issuer(), stored.clientId(), clientSecret(stored), stored.defaultRole(),
				stored.label()), stored.revision(), now);
	}

	private String clientSecret(StoredSso stored) {
		if (stored.clientSecret() == null) {
			return null;
		}
		try {
			return this.secrets.open(stored.clientSecret());
		}
		catch (SecretUnreadable | NoSuchElementException ex) {
			// Single sign-on then fails at the provider with an explanation, while
			// password sign-in and the rest of Sharpend keep working.
			log.error("The stored single sign-on client secret cannot be read; save it again under /admin/sso: {}",
					ex.getMessage());
			return null;
		}
	}

	private record Cached(Values values, UUID revision, Instant checkedAt) {

		Cached checkedAt(Instant now) {
			return new Cached(this.values, this.revision, now);
		}

	}

}
