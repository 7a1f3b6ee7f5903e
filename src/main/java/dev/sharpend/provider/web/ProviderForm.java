package dev.sharpend.provider.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.ComponentDependency;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderProfile;
import dev.sharpend.provider.StatusSource;
import dev.sharpend.provider.web.ProviderRequest.ComponentRequest;
import dev.sharpend.system.RequestRejected;

/**
 * The provider form: every register field as typed, the providers it runs on, and for
 * each of our components whether it depends on the provider ({@code strength[id]}, empty
 * for no dependency) with a note ({@code note[id]}). Keyed by component rather than
 * parallel lists, as a lone value of a list would be split at its commas. Products,
 * locations and regions are one per line.
 */
record ProviderForm(@Nullable String name, @Nullable String kind, @Nullable String tenancy, @Nullable String lifecycle,
		@Nullable String plan, @Nullable String support, @Nullable String dataHeld, @Nullable String sensitivity,
		@Nullable String access, @Nullable String credentialsLocation, @Nullable String securityNotes,
		@Nullable String contractRenewal, @Nullable String nextReview, @Nullable String statusPage,
		@Nullable String statusFeed, @Nullable String statusFormat, @Nullable String statusProducts,
		@Nullable String statusLocations, @Nullable String statusRegions, @Nullable String statusPollIntervalSeconds,
		@Nullable List<String> dependsOn, @Nullable Map<String, String> strength, @Nullable Map<String, String> note) {

	/** The form showing what the register records about a provider. */
	static ProviderForm of(Provider p) {
		ProviderProfile f = p.profile();
		StatusSource s = p.status();
		Map<String, String> strength = new LinkedHashMap<>();
		Map<String, String> note = new LinkedHashMap<>();
		for (ComponentDependency c : p.components()) {
			strength.put(c.component().value(), c.strength().code());
			note.put(c.component().value(), c.note());
		}
		return new ProviderForm(p.name(), p.kind().code(), p.tenancy().code(), p.lifecycle().code(), f.plan(),
				f.support(), f.dataHeld(), f.sensitivity().code(), f.access().code(), f.credentialsLocation(),
				f.securityNotes(), date(f.contractRenewal()), date(f.nextReview()), s.page(), s.feed(),
				(s.format() != null) ? s.format().code() : "", lines(s.scope().products()),
				lines(s.scope().locations()), lines(s.scope().regions()),
				(s.pollInterval() != null) ? Long.toString(s.pollInterval().toSeconds()) : "",
				p.dependsOn().stream().map(ProviderId::toString).toList(), strength, note);
	}

	/** A blank form: nothing recorded, the kind still to choose. */
	static ProviderForm blank() {
		return new ProviderForm("", "", "not_assessed", "active", "", "", "", "not_assessed", "not_assessed", "", "",
				"", "", "", "", "", "", "", "", "", List.of(), Map.of(), Map.of());
	}

	/**
	 * The request the form amounts to: every field set, so the whole provider is
	 * replaced.
	 */
	ProviderRequest request() {
		return new ProviderRequest(null, text(this.name), text(this.kind), text(this.tenancy), text(this.lifecycle),
				text(this.plan), text(this.support), text(this.dataHeld), text(this.sensitivity), text(this.access),
				text(this.credentialsLocation), text(this.securityNotes), text(this.contractRenewal),
				text(this.nextReview), text(this.statusPage), text(this.statusFeed), text(this.statusFormat),
				names(this.statusProducts), names(this.statusLocations), names(this.statusRegions),
				Objects.requireNonNullElse(this.dependsOn, List.of()), seconds(this.statusPollIntervalSeconds),
				components());
	}

	/** Whether the form names this provider among those it runs on. */
	public boolean runsOn(ProviderId id) {
		return this.dependsOn != null && this.dependsOn.contains(id.toString());
	}

	/** The strength chosen for one of our components, empty for none. */
	public String strengthOf(String component) {
		return (this.strength != null) ? Objects.requireNonNullElse(this.strength.get(component), "") : "";
	}

	/** The note given for one of our components. */
	public String noteOf(String component) {
		return (this.note != null) ? Objects.requireNonNullElse(this.note.get(component), "") : "";
	}

	private List<ComponentRequest> components() {
		List<ComponentRequest> chosen = new ArrayList<>();
		if (this.strength != null) {
			this.strength.forEach((id, strength) -> {
				if (strength != null && !strength.isBlank()) {
					chosen.add(new ComponentRequest(id, strength, noteOf(id)));
				}
			});
		}
		return chosen;
	}

	/** The interval as typed; empty returns to the configured default (0 to the API). */
	private static Integer seconds(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return 0;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid("statusPollIntervalSeconds",
					"Give the interval as a whole number of seconds, from 60 to 86400; leave it empty for the default.");
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static List<String> names(@Nullable String lines) {
		return (lines == null) ? List.of()
				: Arrays.stream(lines.split("\\R")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static String lines(Set<String> names) {
		return String.join("\n", names.stream().sorted().toList());
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
