package dev.sharpend.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.sharpend.identity.SsoSettingsRepository.StoredSso;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Single sign-on settings that administrators edit in the UI or the API. Saved settings
 * win over the environment ({@code SHARPEND_OIDC_*}) as a whole; removing them falls back
 * to the environment. The client secret is sealed with the master key and never leaves
 * this class again: views only say whether one is set.
 */
@Service
@Transactional
public class SingleSignOnSettings {

	/** The purpose the client secret is sealed under. */
	public static final String SECRET_PURPOSE = "identity.oidc.client-secret";

	private final SsoSettingsRepository repository;

	private final RoleRepository roles;

	private final UserRepository users;

	private final PropertyOidcSettings environment;

	private final Secrets secrets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OutboundUrlCheck outbound;

	SingleSignOnSettings(SsoSettingsRepository repository, RoleRepository roles, UserRepository users,
			PropertyOidcSettings environment, Secrets secrets, ApplicationEventPublisher events, Clock clock,
			OutboundUrlCheck outbound) {
		this.outbound = outbound;
		this.repository = repository;
		this.roles = roles;
		this.users = users;
		this.environment = environment;
		this.secrets = secrets;
		this.events = events;
		this.clock = clock;
	}

	/** What is in force now and where it comes from, without the client secret. */
	@Transactional(readOnly = true)
	public Overview overview() {
		return this.repository.find().map(this::overviewOf).orElseGet(() -> {
			OidcSettings.Values env = this.environment.current();
			return new Overview(env.enabled() ? Source.ENVIRONMENT : Source.NONE, env.enabled(), env.issuer(),
					env.clientId(), !env.clientSecret().isEmpty(), env.defaultRole(), env.label(), null, null);
		});
	}

	/**
	 * Every reason the change would be rejected, each naming its field; empty if none.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(Change change) {
		return SsoSettingsCheck.problems(change, (name) -> this.roles.findByName(name).isPresent());
	}

	/**
	 * Stores the settings; they are in force on this node at once and on other nodes
	 * within about 30 seconds.
	 * @param by the administrator saving them
	 * @throws RequestRejected naming the first field in error; nothing is stored then
	 */
	public void save(Change change, UserId by) {
		List<FieldProblem> problems = problems(change);
		if (!problems.isEmpty()) {
			throw RequestRejected.invalid(problems.get(0).field(), problems.get(0).message());
		}
		if (StringUtils.hasText(change.issuer())) {
			// Sign-in fetches the issuer's discovery document, even for anonymous
			// visitors.
			this.outbound.checkSaved(change.issuer().strip(), "issuer");
		}
		StoredSso before = this.repository.find().orElse(null);
		SecretRef previousSecret = (before != null) ? before.clientSecret() : null;
		SecretChange secret = secret(change, before);
		String role = this.roles.findByName(change.defaultRole().strip()).orElseThrow().name();
		OidcSettings.Values clean = new OidcSettings.Values(change.issuer(), change.clientId(), null, role,
				change.label());
		StoredSso after = new StoredSso(change.enabled(), clean.issuer(), clean.clientId(), secret.ref(), role,
				clean.label(), UUID.randomUUID(), this.clock.instant(), by);
		this.repository.save(after);
		if (previousSecret != null && secret.ref() == null) {
			this.secrets.destroy(previousSecret);
		}
		this.events.publishEvent(new SingleSignOnSettingsSaved(changes(before, after, secret.summary())));
	}

	/**
	 * Removes the settings saved in the UI, so the environment's apply again.
	 * @return whether there were any
	 */
	public boolean remove() {
		StoredSso stored = this.repository.find().orElse(null);
		if (stored == null) {
			return false;
		}
		this.repository.delete();
		if (stored.clientSecret() != null) {
			this.secrets.destroy(stored.clientSecret());
		}
		this.events.publishEvent(new SingleSignOnSettingsRemoved(stored.issuer()));
		return true;
	}

	private SecretChange secret(Change change, StoredSso before) {
		SecretRef ref = (before != null) ? before.clientSecret() : null;
		if (StringUtils.hasText(change.clientSecret())) {
			String value = change.clientSecret().strip();
			if (ref == null) {
				return new SecretChange(this.secrets.seal(SECRET_PURPOSE, value), "client secret set");
			}
			this.secrets.reseal(ref, value);
			return new SecretChange(ref, "client secret changed");
		}
		if (change.clearClientSecret()) {
			return new SecretChange(null, (ref != null) ? "client secret removed" : null);
		}
		OidcSettings.Values env = this.environment.current();
		boolean sameClientAsEnvironment = before == null && !env.clientSecret().isEmpty()
				&& env.issuer().equals(strip(change.issuer())) && env.clientId().equals(strip(change.clientId()));
		if (sameClientAsEnvironment) {
			// "Leave empty to keep" holds when taking over from the environment too.
			return new SecretChange(this.secrets.seal(SECRET_PURPOSE, env.clientSecret()),
					"client secret taken from the environment");
		}
		return new SecretChange(ref, null);
	}

	private static String changes(StoredSso before, StoredSso after, String secretSummary) {
		List<String> fields = new ArrayList<>();
		addIfChanged(fields, "enabled", (before != null) ? before.enabled() : null, after.enabled());
		addIfChanged(fields, "issuer", (before != null) ? before.issuer() : null, after.issuer());
		addIfChanged(fields, "clientId", (before != null) ? before.clientId() : null, after.clientId());
		addIfChanged(fields, "defaultRole", (before != null) ? before.defaultRole() : null, after.defaultRole());
		addIfChanged(fields, "label", (before != null) ? before.label() : null, after.label());
		String summary = fields.isEmpty() ? "no fields changed" : String.join(", ", fields);
		if (secretSummary != null) {
			summary += "; " + secretSummary;
		}
		return (before == null) ? "saved in the UI, replacing the environment's settings: " + summary : summary;
	}

	private static void addIfChanged(List<String> fields, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(name + "=" + after);
		}
	}

	private Overview overviewOf(StoredSso stored) {
		String updatedBy = (stored.updatedBy() != null)
				? this.users.findById(stored.updatedBy()).map(User::email).orElse(null) : null;
		return new Overview(Source.STORED, stored.enabled(), stored.issuer(), stored.clientId(),
				stored.clientSecret() != null, stored.defaultRole(), stored.label(), stored.updatedAt(), updatedBy);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private record SecretChange(SecretRef ref, String summary) {
	}

	/** Where the settings in force come from. */
	public enum Source {

		/**
		 * Saved by an administrator in the UI or the API; they win over the environment.
		 */
		STORED,

		/** The SHARPEND_OIDC_* environment variables (sharpend.identity.oidc.*). */
		ENVIRONMENT,

		/** Neither: single sign-on is off. */
		NONE

	}

	/**
	 * New settings.
	 *
	 * @param enabled whether single sign-on is offered
	 * @param issuer the provider's issuer URL (https, or http for localhost)
	 * @param clientId the client id
	 * @param clientSecret a new client secret; empty keeps the stored one
	 * @param clearClientSecret remove the stored client secret (a public client)
	 * @param defaultRole the name of an existing role
	 * @param label the sign-in button's text; empty for "Single sign-on"
	 */
	public record Change(boolean enabled, String issuer, String clientId, String clientSecret,
			boolean clearClientSecret, String defaultRole, String label) {

		@Override
		public String toString() {
			return "Change[enabled=" + this.enabled + ", issuer=" + this.issuer + ", clientId=" + this.clientId + "]";
		}

	}

	/** Why a field's value is not accepted, in words an administrator can act on. */
	public record FieldProblem(String field, String message) {
	}

	/**
	 * The settings in force, without the client secret.
	 *
	 * @param source where they come from
	 * @param enabled whether single sign-on is offered
	 * @param issuer the issuer URL
	 * @param clientId the client id
	 * @param clientSecretSet whether a client secret is set
	 * @param defaultRole the role for new single sign-on users
	 * @param label the sign-in button's text
	 * @param updatedAt when they were saved, for stored settings
	 * @param updatedBy the e-mail address of who saved them, for stored settings
	 */
	public record Overview(Source source, boolean enabled, String issuer, String clientId, boolean clientSecretSet,
			String defaultRole, String label, Instant updatedAt, String updatedBy) {
	}

}
