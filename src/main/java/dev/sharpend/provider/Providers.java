package dev.sharpend.provider;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of providers: add, change and remove them, with the providers each runs
 * on. Every change is audited.
 */
@Service
@Transactional
public class Providers {

	private final ProviderRepository repository;

	private final ApplicationEventPublisher events;

	private final OurComponents components;

	private final Clock clock;

	Providers(ProviderRepository repository, ApplicationEventPublisher events, OurComponents components, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.components = components;
		this.clock = clock;
	}

	/** Every provider, by name. */
	@Transactional(readOnly = true)
	public List<Provider> list() {
		return this.repository.providers();
	}

	/** The provider, or a not-found refusal. */
	@Transactional(readOnly = true)
	public Provider require(ProviderId id) {
		return this.repository.provider(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no provider " + id + "."));
	}

	/**
	 * Adds a provider.
	 * @throws RequestRejected naming the field, for a blank or taken name, a text too
	 * long, an address that is not http(s), a status format without a feed, an unknown
	 * provider among its own providers, or an unknown or repeated component among those
	 * depending on it
	 */
	public Provider add(Provider provider) {
		Provider checked = checked(provider);
		this.repository.insert(checked, this.clock.instant());
		this.events.publishEvent(new ProviderAdded(checked.id().toString(), summary(checked)));
		return checked;
	}

	/**
	 * Replaces what the register records about a provider.
	 * @throws RequestRejected as for {@link #add}, and when its own providers would lead
	 * back to it
	 */
	public Provider change(Provider provider) {
		require(provider.id());
		Provider checked = checked(provider);
		this.repository.update(checked, this.clock.instant());
		this.events.publishEvent(new ProviderChanged(checked.id().toString(), summary(checked)));
		return checked;
	}

	/**
	 * Removes a provider.
	 * @throws RequestRejected (conflict) while other providers run on it
	 */
	public void remove(ProviderId id) {
		Provider provider = require(id);
		List<String> dependents = this.repository.dependents(id);
		if (!dependents.isEmpty()) {
			throw RequestRejected.conflict(null,
					String.join(", ", dependents) + " run" + (dependents.size() == 1 ? "s" : "") + " on "
							+ provider.name() + "; remove it from their providers first.");
		}
		this.repository.delete(id);
		this.events.publishEvent(new ProviderRemoved(id.toString(), provider.name()));
	}

	private Provider checked(Provider p) {
		String name = ProviderInput.name(p.name());
		if (this.repository.nameTaken(name, p.id())) {
			throw RequestRejected.conflict("name", "There is already a provider named " + name + ".");
		}
		ProviderProfile cleanProfile = cleaned(p.profile());
		StatusSource status = p.status();
		String feed = ProviderInput.address("statusFeed", status.feed());
		if (feed == null && status.format() != null) {
			throw RequestRejected.invalid("statusFeed",
					"Give the address to read the status from, or leave the status format empty.");
		}
		ProviderInput.names("statusProducts", status.scope().products());
		ProviderInput.names("statusLocations", status.scope().locations());
		ProviderInput.names("statusRegions", status.scope().regions());
		StatusSource cleanStatus = new StatusSource(ProviderInput.address("statusPage", status.page()), feed,
				status.format(), status.scope(), ProviderInput.interval(status.pollInterval()));
		List<ProviderId> dependsOn = p.dependsOn().stream().distinct().toList();
		checkDependencies(p.id(), dependsOn);
		return new Provider(p.id(), name, p.kind(), p.tenancy(), p.lifecycle(), cleanProfile, cleanStatus, dependsOn,
				checkedComponents(p.components()));
	}

	/** Each component must exist and be named once; its note is one short text. */
	private List<ComponentDependency> checkedComponents(List<ComponentDependency> dependencies) {
		Set<ComponentId> seen = new HashSet<>();
		List<ComponentDependency> checked = new ArrayList<>();
		for (ComponentDependency d : dependencies) {
			if (!seen.add(d.component())) {
				throw RequestRejected.invalid("components", "Component " + d.component() + " is named twice.");
			}
			if (!this.components.exists(d.component())) {
				throw RequestRejected.invalid("components", "There is no component " + d.component() + ".");
			}
			checked.add(new ComponentDependency(d.component(), d.strength(),
					ProviderInput.text("components", d.note(), ProviderInput.NOTE / 4)));
		}
		return checked;
	}

	private static ProviderProfile cleaned(ProviderProfile profile) {
		return new ProviderProfile(ProviderInput.text("plan", profile.plan(), ProviderInput.NOTE),
				ProviderInput.text("support", profile.support(), ProviderInput.NOTE),
				ProviderInput.text("dataHeld", profile.dataHeld(), ProviderInput.NOTE), profile.sensitivity(),
				profile.access(),
				ProviderInput.text("credentialsLocation", profile.credentialsLocation(), ProviderInput.NOTE / 4),
				ProviderInput.text("securityNotes", profile.securityNotes(), ProviderInput.NOTE),
				profile.contractRenewal(), profile.nextReview());
	}

	/**
	 * Its own providers must exist and must not lead back to it: a chain of providers is
	 * followed to find how an outage reaches us, which a loop would never end.
	 */
	private void checkDependencies(ProviderId self, List<ProviderId> dependsOn) {
		Map<ProviderId, List<ProviderId>> edges = this.repository.dependencies();
		for (ProviderId dependency : dependsOn) {
			if (dependency.equals(self)) {
				throw RequestRejected.invalid("dependsOn", "A provider cannot run on itself.");
			}
			Provider other = this.repository.provider(dependency)
				.orElseThrow(() -> RequestRejected.invalid("dependsOn", "There is no provider " + dependency + "."));
			Set<ProviderId> seen = new HashSet<>();
			Deque<ProviderId> next = new ArrayDeque<>(List.of(dependency));
			while (!next.isEmpty()) {
				ProviderId at = next.pop();
				if (at.equals(self)) {
					throw RequestRejected.invalid("dependsOn",
							other.name() + " already runs on this provider, directly or through others.");
				}
				if (seen.add(at)) {
					next.addAll(edges.getOrDefault(at, List.of()));
				}
			}
		}
	}

	private static String summary(Provider p) {
		return "name=" + p.name() + ", kind=" + p.kind().code() + ", tenancy=" + p.tenancy().code() + ", lifecycle="
				+ p.lifecycle().code() + ", sensitivity=" + p.profile().sensitivity().code() + ", access="
				+ p.profile().access().code() + ", status_feed=" + p.status().feed() + ", depends_on="
				+ p.dependsOn().size() + ", components="
				+ p.components()
					.stream()
					.map((c) -> c.component() + ":" + c.strength().code())
					.collect(Collectors.joining(" "));
	}

}
