package dev.sharpend.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.identity.SsoSettingsRepository.StoredSso;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which single sign-on settings are in force, and when a node notices a change another
 * node stored. Each test builds its own {@link StoredOidcSettings}, with environment
 * settings and a clock of its own, on the application's database.
 */
@SharpendIntegrationTest
class StoredOidcSettingsIntegrationTests {

	static final OidcSettings.Values ENVIRONMENT = new OidcSettings.Values("https://env.example.com", "from-env",
			"env-secret", "Viewer", "Environment ID");

	@Autowired
	SsoSettingsRepository repository;

	@Autowired
	Secrets secrets;

	final MovableClock clock = MovableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	StoredOidcSettings settings;

	@BeforeEach
	void newNode() {
		this.repository.delete();
		IdentityProperties properties = new IdentityProperties(null, null, null,
				new IdentityProperties.Oidc(ENVIRONMENT.issuer(), ENVIRONMENT.clientId(), ENVIRONMENT.clientSecret(),
						ENVIRONMENT.defaultRole(), ENVIRONMENT.label()));
		this.settings = new StoredOidcSettings(this.repository, this.secrets, new PropertyOidcSettings(properties),
				this.clock);
	}

	@AfterEach
	void removeStored() {
		this.repository.delete();
	}

	@Test
	void environmentAppliesWhileNothingIsStored() {
		assertThat(this.settings.current()).isEqualTo(ENVIRONMENT);
	}

	@Test
	void storedSettingsWinOverTheEnvironmentAsAWhole() {
		store(true, "https://stored.example.com", null);

		OidcSettings.Values current = this.settings.current();

		assertThat(current.issuer()).isEqualTo("https://stored.example.com");
		assertThat(current.clientSecret()).as("not the environment's secret").isEmpty();
		assertThat(current.label()).isEqualTo("Stored ID");
	}

	@Test
	void storedSettingsSwitchedOffTurnSingleSignOnOffDespiteTheEnvironment() {
		store(false, "https://stored.example.com", "stored-secret");

		assertThat(this.settings.current().enabled()).isFalse();
	}

	@Test
	void opensTheStoredSecretOnceAndNoticesAnotherNodesChangeWithinTheRecheckInterval() {
		store(true, "https://first.example.com", "first-secret");
		assertThat(this.settings.current().clientSecret()).isEqualTo("first-secret");

		store(true, "https://second.example.com", "second-secret");
		this.clock.advance(StoredOidcSettings.RECHECK.minusSeconds(1));
		assertThat(this.settings.current().issuer()).as("still cached").isEqualTo("https://first.example.com");

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.settings.current().issuer()).isEqualTo("https://second.example.com");
		assertThat(this.settings.current().clientSecret()).isEqualTo("second-secret");
	}

	@Test
	void removalOnAnotherNodeFallsBackToTheEnvironmentAfterTheRecheckInterval() {
		store(true, "https://stored.example.com", null);
		assertThat(this.settings.current().issuer()).isEqualTo("https://stored.example.com");

		this.repository.delete();
		this.clock.advance(StoredOidcSettings.RECHECK.plusSeconds(1));

		assertThat(this.settings.current()).isEqualTo(ENVIRONMENT);
	}

	@Test
	void savingOnThisNodeTakesEffectAtOnce() {
		store(true, "https://first.example.com", null);
		assertThat(this.settings.current().issuer()).isEqualTo("https://first.example.com");

		store(true, "https://second.example.com", null);
		this.settings.saved(new SingleSignOnSettingsSaved("issuer=https://second.example.com"));

		assertThat(this.settings.current().issuer()).isEqualTo("https://second.example.com");
	}

	@Test
	void unreadableStoredSecretLeavesSingleSignOnFailingInsteadOfSharpend() {
		this.repository
			.save(new StoredSso(true, "https://stored.example.com", "client", new SecretRef(UUID.randomUUID()),
					"Viewer", "Stored ID", UUID.randomUUID(), this.clock.instant(), null));

		assertThat(this.settings.current().issuer()).isEqualTo("https://stored.example.com");
		assertThat(this.settings.current().clientSecret()).isEmpty();
	}

	private void store(boolean enabled, String issuer, String secret) {
		SecretRef ref = (secret != null) ? this.secrets.seal(SingleSignOnSettings.SECRET_PURPOSE, secret) : null;
		this.repository.save(new StoredSso(enabled, issuer, "client", ref, "Viewer", "Stored ID", UUID.randomUUID(),
				this.clock.instant(), null));
	}

}
