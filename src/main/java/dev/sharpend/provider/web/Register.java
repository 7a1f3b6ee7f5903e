package dev.sharpend.provider.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.ComponentDependency;
import dev.sharpend.provider.OurComponents;
import dev.sharpend.provider.OurComponents.OurComponent;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderRisk;
import dev.sharpend.provider.Providers;
import dev.sharpend.provider.RiskAssessment;

import org.springframework.stereotype.Component;

/**
 * The register as the pages and the export show it: each provider with its risk, our
 * components depending on it by name, the providers it runs on and those running on it,
 * read once per request.
 */
@Component
class Register {

	private final Providers providers;

	private final OurComponents components;

	Register(Providers providers, OurComponents components) {
		this.providers = providers;
		this.components = components;
	}

	/** Every provider with its risk, from riskiest to least risky. */
	List<Entry> byRisk() {
		List<Provider> all = this.providers.list();
		Map<ComponentId, OurComponent> ours = this.components.byId();
		Map<ComponentId, String> names = new HashMap<>();
		ours.values().forEach((c) -> names.put(c.id(), c.name()));
		Map<ProviderId, Provider> byId = all.stream().collect(Collectors.toMap(Provider::id, Function.identity()));
		return ProviderRisk.rank(all, names).stream().map((risk) -> entry(risk, all, byId, ours)).toList();
	}

	/** The provider of this id with its risk, or a not-found refusal. */
	Entry require(ProviderId id) {
		this.providers.require(id);
		return byRisk().stream().filter((e) -> e.provider().id().equals(id)).findFirst().orElseThrow();
	}

	/** Every provider's name, by id. */
	List<Provider> providers() {
		return this.providers.list();
	}

	private static Entry entry(RiskAssessment risk, List<Provider> all, Map<ProviderId, Provider> byId,
			Map<ComponentId, OurComponent> ours) {
		Provider p = risk.provider();
		List<Dependent> dependents = p.components()
			.stream()
			.flatMap((c) -> Optional.ofNullable(ours.get(c.component())).map((o) -> new Dependent(o, c)).stream())
			.sorted(Comparator.comparing((Dependent d) -> !d.dependency().hard())
				.thenComparing((d) -> d.component().name().toLowerCase(Locale.ROOT)))
			.toList();
		List<Provider> runsOn = p.dependsOn().stream().map(byId::get).filter((q) -> q != null).toList();
		List<Provider> runBy = all.stream().filter((q) -> q.dependsOn().contains(p.id())).toList();
		return new Entry(p, risk, dependents, runsOn, runBy);
	}

	/**
	 * A provider as the pages show it.
	 *
	 * @param provider the provider
	 * @param risk its place in the risk view
	 * @param dependents our components depending on it, hard ones first
	 * @param runsOn the providers it runs on
	 * @param runBy the providers running on it
	 */
	record Entry(Provider provider, RiskAssessment risk, List<Dependent> dependents, List<Provider> runsOn,
			List<Provider> runBy) {

		/** "Checkout (hard); Search (soft)". */
		public String dependentsText() {
			return this.dependents.stream()
				.map((d) -> d.component().name() + " (" + d.dependency().strength().code() + ")")
				.collect(Collectors.joining("; "));
		}

		public long hardCount() {
			return this.dependents.stream().filter((d) -> d.dependency().hard()).count();
		}

		public long softCount() {
			return this.dependents.size() - hardCount();
		}

	}

	/**
	 * One of our components depending on a provider.
	 *
	 * @param component the component
	 * @param dependency how it depends on the provider
	 */
	record Dependent(OurComponent component, ComponentDependency dependency) {
	}

}
