package dev.sharpend.provider;

import dev.sharpend.catalog.ComponentId;

import org.springframework.modulith.NamedInterface;

/**
 * One of our components that depends on a provider.
 *
 * @param component the component (of any status page)
 * @param strength whether the provider is in its critical path
 * @param note what it uses the provider for, or how it copes without it; may be empty
 */
@NamedInterface("api")
public record ComponentDependency(ComponentId component, DependencyStrength strength, String note) {

	/** Whether the provider is in the component's critical path. */
	public boolean hard() {
		return this.strength == DependencyStrength.HARD;
	}

}
