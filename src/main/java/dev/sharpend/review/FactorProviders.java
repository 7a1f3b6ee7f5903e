package dev.sharpend.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.Providers;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The register's providers as a factor names them: the one an external factor lay with,
 * checked against the register, and the choice a review's form offers.
 */
@Component
@NamedInterface("api")
public class FactorProviders {

	private final Providers providers;

	private final ReviewPartsRepository parts;

	FactorProviders(Providers providers, ReviewPartsRepository parts) {
		this.providers = providers;
		this.parts = parts;
	}

	/**
	 * The factors of reviews that name the provider: the incidents it contributed to or
	 * helped with, newest review first.
	 */
	public List<ProviderFactor> factors(UUID provider) {
		return this.parts.byProvider(provider);
	}

	/** Every provider in the register, by name, for a form's choice. */
	public List<Provider> all() {
		return this.providers.list();
	}

	/** The provider's name, when it is still in the register. */
	public Optional<String> name(@Nullable UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.providers.list().stream().filter((p) -> p.id().value().equals(id)).map(Provider::name).findFirst();
	}

	/**
	 * The provider an id names; null for a blank one.
	 * @throws RequestRejected naming {@code provider} when the register has no such one
	 */
	@Nullable UUID resolve(@Nullable String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			UUID value = UUID.fromString(id.strip());
			if (name(value).isPresent()) {
				return new ProviderId(value).value();
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: refused below
		}
		throw RequestRejected.invalid("provider",
				"There is no provider " + id.strip() + " in the register; pick one from the providers page.");
	}

}
