package dev.sharpend.provider;

import dev.sharpend.catalog.ComponentDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drops the dependencies of a component that was removed. Removing a group removes its
 * members with one event, so every dependency whose component is gone is dropped, not
 * only the one named.
 */
@Component
class ComponentReactions {

	private final ProviderRepository repository;

	private final OurComponents components;

	ComponentReactions(ProviderRepository repository, OurComponents components) {
		this.repository = repository;
		this.components = components;
	}

	@ApplicationModuleListener
	void on(ComponentDeleted deleted) {
		this.repository.dropComponent(deleted.component());
		this.repository.dependentComponents()
			.stream()
			.filter((id) -> !this.components.exists(id))
			.forEach(this.repository::dropComponent);
	}

}
