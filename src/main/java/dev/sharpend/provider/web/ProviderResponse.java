package dev.sharpend.provider.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderProfile;
import dev.sharpend.provider.StatusSource;

/** A provider as the API answers it. */
record ProviderResponse(String id, String name, String kind, String tenancy, String lifecycle, String plan,
		String support, String dataHeld, String sensitivity, String access, String credentialsLocation,
		String securityNotes, @Nullable LocalDate contractRenewal, @Nullable LocalDate nextReview, Status status,
		List<Reference> dependsOn) {

	static ProviderResponse of(Provider p, Map<ProviderId, String> names) {
		ProviderProfile f = p.profile();
		StatusSource s = p.status();
		Status status = new Status(s.page(), s.feed(), (s.format() != null) ? s.format().code() : null,
				List.copyOf(s.scope().products()), List.copyOf(s.scope().locations()), List.copyOf(s.scope().regions()),
				(s.pollInterval() != null) ? Long.valueOf(s.pollInterval().toSeconds()) : null);
		return new ProviderResponse(p.id().toString(), p.name(), p.kind().code(), p.tenancy().code(),
				p.lifecycle().code(), f.plan(), f.support(), f.dataHeld(), f.sensitivity().code(), f.access().code(),
				f.credentialsLocation(), f.securityNotes(), f.contractRenewal(), f.nextReview(), status,
				p.dependsOn().stream().map((d) -> new Reference(d.toString(), names.getOrDefault(d, ""))).toList());
	}

	record Status(@Nullable String page, @Nullable String feed, @Nullable String format, List<String> products,
			List<String> locations, List<String> regions, @Nullable Long pollIntervalSeconds) {
	}

	record Reference(String id, String name) {
	}

}
