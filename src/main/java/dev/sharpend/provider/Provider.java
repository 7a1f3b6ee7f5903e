package dev.sharpend.provider;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * A third party our systems run on.
 *
 * @param id its identifier
 * @param name its name, unique without regard to case
 * @param kind what it does for us
 * @param tenancy whether it is shared with its other customers
 * @param lifecycle where our use of it stands
 * @param profile plan, contacts, data held, access and review dates
 * @param status where its status is published and read
 * @param dependsOn the providers it runs on itself
 * @param components our components that depend on it, each at most once
 */
@NamedInterface("api")
public record Provider(ProviderId id, String name, ProviderKind kind, Tenancy tenancy, Lifecycle lifecycle,
		ProviderProfile profile, StatusSource status, List<ProviderId> dependsOn,
		List<ComponentDependency> components) {

	public Provider {
		dependsOn = List.copyOf(dependsOn);
		components = List.copyOf(components);
	}

	/** A new provider with only a name and kind; everything else still to record. */
	public static Provider named(String name, ProviderKind kind) {
		return new Provider(ProviderId.random(), name, kind, Tenancy.NOT_ASSESSED, Lifecycle.ACTIVE,
				ProviderProfile.empty(), StatusSource.none(), List.of(), List.of());
	}

	/** A new provider started from a catalogue entry: its name, kind and status page. */
	public static Provider from(CatalogueEntry entry) {
		return named(entry.name(), entry.kind())
			.withStatus(new StatusSource(entry.page(), entry.feed(), entry.format(), entry.scope()));
	}

	public Provider withStatus(StatusSource status) {
		return new Provider(this.id, this.name, this.kind, this.tenancy, this.lifecycle, this.profile, status,
				this.dependsOn, this.components);
	}

	/** Whether one of our components has it in its critical path (directly). */
	public boolean inCriticalPath() {
		return this.components.stream().anyMatch(ComponentDependency::hard);
	}

}
