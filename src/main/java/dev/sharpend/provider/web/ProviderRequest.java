package dev.sharpend.provider.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.AccessGranularity;
import dev.sharpend.provider.ComponentDependency;
import dev.sharpend.provider.DependencyStrength;
import dev.sharpend.provider.Lifecycle;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.provider.ProviderProfile;
import dev.sharpend.provider.Sensitivity;
import dev.sharpend.provider.StatusSource;
import dev.sharpend.provider.Tenancy;
import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.StatusScope;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * A provider as the API receives it. Absent fields keep what the provider has (for a new
 * one: what the catalogue entry named in {@code catalogue} says, else nothing recorded);
 * an empty string clears a text, an address or a date. {@code components} replaces the
 * list of our components that depend on the provider.
 */
record ProviderRequest(@Nullable String catalogue, @Nullable String name, @Nullable String kind,
		@Nullable String tenancy, @Nullable String lifecycle, @Nullable String plan, @Nullable String support,
		@Nullable String dataHeld, @Nullable String sensitivity, @Nullable String access,
		@Nullable String credentialsLocation, @Nullable String securityNotes, @Nullable String contractRenewal,
		@Nullable String nextReview, @Nullable String statusPage, @Nullable String statusFeed,
		@Nullable String statusFormat, @Nullable List<String> statusProducts, @Nullable List<String> statusLocations,
		@Nullable List<String> statusRegions, @Nullable List<String> dependsOn,
		@Nullable Integer statusPollIntervalSeconds, @Nullable List<ComponentRequest> components) {

	/** The provider {@code base} with what this request sets. */
	Provider applyTo(Provider base) {
		ProviderProfile p = base.profile();
		ProviderProfile profile = new ProviderProfile(or(this.plan, p.plan()), or(this.support, p.support()),
				or(this.dataHeld, p.dataHeld()),
				code(Sensitivity.class, this.sensitivity, "sensitivity", p.sensitivity()),
				code(AccessGranularity.class, this.access, "access", p.access()),
				or(this.credentialsLocation, p.credentialsLocation()), or(this.securityNotes, p.securityNotes()),
				date("contractRenewal", this.contractRenewal, p.contractRenewal()),
				date("nextReview", this.nextReview, p.nextReview()));
		StatusSource s = base.status();
		StatusScope scope = new StatusScope(names(this.statusProducts, s.scope().products()),
				names(this.statusLocations, s.scope().locations()), names(this.statusRegions, s.scope().regions()));
		StatusFormat format = (this.statusFormat == null) ? s.format() : this.statusFormat.isBlank() ? null
				: WireCode.parse(StatusFormat.class, this.statusFormat, "statusFormat");
		StatusSource status = new StatusSource(address(this.statusPage, s.page()), address(this.statusFeed, s.feed()),
				format, scope, interval(this.statusPollIntervalSeconds, s.pollInterval()));
		return new Provider(base.id(), or(this.name, base.name()),
				code(ProviderKind.class, this.kind, "kind", base.kind()),
				code(Tenancy.class, this.tenancy, "tenancy", base.tenancy()),
				code(Lifecycle.class, this.lifecycle, "lifecycle", base.lifecycle()), profile, status,
				(this.dependsOn == null) ? base.dependsOn() : this.dependsOn.stream().map(ProviderRequest::id).toList(),
				(this.components == null) ? base.components()
						: this.components.stream().map(ProviderRequest::dependency).toList());
	}

	/** The interval given in seconds; 0 returns to the configured default. */
	private static @Nullable Duration interval(@Nullable Integer seconds, @Nullable Duration current) {
		if (seconds == null) {
			return current;
		}
		return (seconds == 0) ? null : Duration.ofSeconds(seconds);
	}

	private static String or(@Nullable String given, String current) {
		return (given != null) ? given : current;
	}

	private static @Nullable String address(@Nullable String given, @Nullable String current) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : given;
	}

	private static Set<String> names(@Nullable List<String> given, Set<String> current) {
		return (given == null) ? current : Set.copyOf(given.stream().filter((n) -> n != null).toList());
	}

	private static <E extends Enum<E> & WireCode> E code(Class<E> type, @Nullable String given, String field,
			E current) {
		return (given == null) ? current : WireCode.parse(type, given, field);
	}

	private static @Nullable LocalDate date(String field, @Nullable String given, @Nullable LocalDate current) {
		if (given == null) {
			return current;
		}
		if (given.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(given.strip());
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field, "Give a date as YYYY-MM-DD, such as 2027-03-31.");
		}
	}

	private static ComponentDependency dependency(@Nullable ComponentRequest given) {
		if (given == null) {
			throw RequestRejected.invalid("components",
					"Give each component as {\"componentId\": …, \"strength\": \"hard\" or \"soft\"}.");
		}
		return given.dependency();
	}

	private static ProviderId id(@Nullable String given) {
		try {
			return new ProviderId(UUID.fromString(String.valueOf(given).strip()));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("dependsOn", "\"" + given + "\" is no provider id.");
		}
	}

	/**
	 * One of our components depending on the provider.
	 *
	 * @param componentId the component's id ({@code component_id} is understood too)
	 * @param strength {@code hard} (the provider is in its critical path) or {@code soft}
	 * @param note what it uses the provider for; optional
	 */
	record ComponentRequest(@JsonAlias("component_id") @Nullable String componentId, @Nullable String strength,
			@Nullable String note) {

		ComponentDependency dependency() {
			ComponentId id;
			try {
				id = new ComponentId(String.valueOf(this.componentId).strip());
			}
			catch (IllegalArgumentException ex) {
				throw RequestRejected.invalid("components", "There is no component " + this.componentId + ".");
			}
			return new ComponentDependency(id,
					WireCode.parse(List.of(DependencyStrength.values()), this.strength, "components", "strength"),
					(this.note != null) ? this.note : "");
		}

	}

}
