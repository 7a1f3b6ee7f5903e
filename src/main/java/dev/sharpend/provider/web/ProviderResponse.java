package dev.sharpend.provider.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.ComponentDependency;
import dev.sharpend.provider.OurComponents.OurComponent;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderProfile;
import dev.sharpend.provider.StatusSource;

/** A provider as the API answers it. */
record ProviderResponse(String id, String name, String kind, String tenancy, String lifecycle, String plan,
		String support, String dataHeld, String sensitivity, String access, String credentialsLocation,
		String securityNotes, @Nullable LocalDate contractRenewal, @Nullable LocalDate nextReview, Status status,
		List<Reference> dependsOn, List<Dependent> components) {

	static ProviderResponse of(Provider p, Map<ProviderId, String> names, Map<ComponentId, OurComponent> ours) {
		ProviderProfile f = p.profile();
		StatusSource s = p.status();
		Status status = new Status(s.page(), s.feed(), (s.format() != null) ? s.format().code() : null,
				List.copyOf(s.scope().products()), List.copyOf(s.scope().locations()), List.copyOf(s.scope().regions()),
				(s.pollInterval() != null) ? Long.valueOf(s.pollInterval().toSeconds()) : null);
		return new ProviderResponse(p.id().toString(), p.name(), p.kind().code(), p.tenancy().code(),
				p.lifecycle().code(), f.plan(), f.support(), f.dataHeld(), f.sensitivity().code(), f.access().code(),
				f.credentialsLocation(), f.securityNotes(), f.contractRenewal(), f.nextReview(), status,
				p.dependsOn().stream().map((d) -> new Reference(d.toString(), names.getOrDefault(d, ""))).toList(),
				p.components().stream().map((c) -> Dependent.of(c, ours.get(c.component()))).toList());
	}

	record Status(@Nullable String page, @Nullable String feed, @Nullable String format, List<String> products,
			List<String> locations, List<String> regions, @Nullable Long pollIntervalSeconds) {
	}

	record Reference(String id, String name) {
	}

	/**
	 * One of our components depending on the provider.
	 *
	 * @param componentId its id
	 * @param name its name, empty when it was just removed
	 * @param page the name of the status page showing it, empty when it was just removed
	 * @param strength {@code hard} or {@code soft}
	 * @param note what it uses the provider for
	 */
	record Dependent(String componentId, String name, String page, String strength, String note) {

		static Dependent of(ComponentDependency c, @Nullable OurComponent component) {
			return new Dependent(c.component().value(), (component != null) ? component.name() : "",
					(component != null) ? component.page() : "", c.strength().code(), c.note());
		}

	}

}
