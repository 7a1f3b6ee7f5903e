package dev.sharpend.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentDeleted;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.ComponentStatusChanged;
import dev.sharpend.catalog.Components;
import dev.sharpend.provider.MappingRepository.UpstreamState;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a provider's components matter to which of ours, and what follows when they
 * are unwell: a note on our component, or also a status Sharpend sets on its own (never
 * worse than the team's cap, never announced to subscribers, given back when the provider
 * recovers). A person may override such a status; the override holds until the provider's
 * next change unless the person locks it.
 */
@Service
@Transactional
@NamedInterface("api")
public class ComponentMappings {

	private final MappingRepository mappings;

	private final ProviderRepository providers;

	private final Components components;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UpstreamRepository upstream;

	ComponentMappings(MappingRepository mappings, ProviderRepository providers, Components components,
			ApplicationEventPublisher events, Clock clock, UpstreamRepository upstream) {
		this.upstream = upstream;
		this.mappings = mappings;
		this.providers = providers;
		this.components = components;
		this.events = events;
		this.clock = clock;
	}

	/** A provider's mappings, by the provider's component. */
	@Transactional(readOnly = true)
	public List<ComponentMapping> of(ProviderId provider) {
		return this.mappings.ofProvider(provider);
	}

	/**
	 * Replaces a provider's mappings and brings the components they touch in line with
	 * the provider's status now.
	 * @throws RequestRejected for an unknown component, a group, or a cap that is no
	 * outage
	 */
	public List<ComponentMapping> replace(ProviderId provider, List<ComponentMapping> wanted) {
		Provider known = this.providers.provider(provider)
			.orElseThrow(() -> RequestRejected.notFound("There is no provider " + provider + "."));
		for (ComponentMapping m : wanted) {
			check(m);
		}
		Set<ComponentId> touched = new LinkedHashSet<>();
		this.mappings.ofProvider(provider).forEach((m) -> touched.add(m.component()));
		List<ComponentMapping> distinct = wanted.stream().distinct().toList();
		distinct.forEach((m) -> touched.add(m.component()));
		this.mappings.replace(provider, distinct);
		this.events.publishEvent(new ProviderMappingsChanged(known.id().toString(), known.name(), distinct.size()));
		touched.forEach(this::follow);
		return this.mappings.ofProvider(provider);
	}

	/**
	 * Tells the open incidents on our components mapped to a provider's component that it
	 * changed status (nothing when none is mapped to it).
	 */
	public void announce(ProviderId provider, String upstreamComponent, UpstreamStatus from, UpstreamStatus to,
			@Nullable String incident, Instant at) {
		List<ComponentId> ours = this.mappings.ofProvider(provider)
			.stream()
			.filter((m) -> m.upstreamComponent().equals(upstreamComponent))
			.map(ComponentMapping::component)
			.distinct()
			.toList();
		if (!ours.isEmpty()) {
			String name = this.providers.provider(provider).map(Provider::name).orElse("A provider");
			this.events
				.publishEvent(new UpstreamReachedComponents(name, upstreamComponent, from, to, incident, ours, at));
		}
	}

	/**
	 * Brings every component mapped to the provider in line with what was last read of
	 * it; called after each upstream change.
	 */
	public void followProvider(ProviderId provider) {
		this.mappings.ofProvider(provider).stream().map(ComponentMapping::component).distinct().forEach(this::follow);
	}

	/**
	 * Keeps or releases a person's override of a status Sharpend set: a locked override
	 * holds beyond the provider's next change.
	 * @throws RequestRejected when Sharpend holds no status on the component
	 */
	public void lock(ComponentId component, boolean locked) {
		Degradation held = this.mappings.degradationForUpdate(component)
			.orElseThrow(() -> RequestRejected.conflict("component",
					"Sharpend has set no status on this component from its providers, so there is nothing to keep."));
		this.mappings.save(held.locked(locked));
	}

	/**
	 * What our components' providers say now, for each mapped provider component that is
	 * not operational, worst first.
	 */
	@Transactional(readOnly = true)
	public List<UpstreamNote> notes(Collection<ComponentId> ours) {
		Map<ProviderId, String> names = this.providers.providers()
			.stream()
			.collect(Collectors.toMap(Provider::id, Provider::name));
		Map<ProviderId, Optional<String>> incidents = new HashMap<>();
		List<UpstreamNote> notes = new ArrayList<>();
		for (ComponentMapping m : this.mappings.ofComponents(ours)) {
			UpstreamState state = this.mappings.upstream(m.provider(), m.upstreamComponent());
			if (state.status() == UpstreamStatus.OPERATIONAL) {
				continue;
			}
			notes.add(new UpstreamNote(m.component(), m.provider(), names.getOrDefault(m.provider(), "?"),
					m.upstreamComponent(), state.status(), state.since(),
					incidents.computeIfAbsent(m.provider(), this::openIncident).orElse(null), m.rule(),
					this.mappings.degradation(m.component()).orElse(null)));
		}
		// the enum lists statuses from best to worst
		notes.sort((a, b) -> b.status().compareTo(a.status()));
		return notes;
	}

	/**
	 * The maintenances our components' providers announced or have under way that touch a
	 * provider component mapped to one of ours (or name no component, so may touch any),
	 * soonest first.
	 */
	@Transactional(readOnly = true)
	public List<UpstreamMaintenance> maintenances(Collection<ComponentId> ours) {
		Map<ProviderId, List<ComponentMapping>> byProvider = this.mappings.ofComponents(ours)
			.stream()
			.collect(Collectors.groupingBy(ComponentMapping::provider));
		List<UpstreamMaintenance> found = new ArrayList<>();
		byProvider.forEach((provider, mapped) -> {
			String name = this.providers.provider(provider).map(Provider::name).orElse("A provider");
			for (WatchedEvent e : this.upstream.open(provider)) {
				if (e.kind() != EventKind.MAINTENANCE) {
					continue;
				}
				List<ComponentId> touched = touched(e, mapped);
				if (!touched.isEmpty()) {
					found.add(new UpstreamMaintenance(provider, name, e, touched));
				}
			}
		});
		found.sort(Comparator.comparing((UpstreamMaintenance m) -> m.event().startedAt(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return found;
	}

	/**
	 * Our components, of those mapped, that an upstream event touches: those mapped to a
	 * provider component it names, or all of them when it names none.
	 */
	static List<ComponentId> touched(WatchedEvent e, List<ComponentMapping> mapped) {
		return mapped.stream()
			.filter((m) -> e.components().isEmpty() || e.components().contains(m.upstreamComponent()))
			.map(ComponentMapping::component)
			.distinct()
			.toList();
	}

	/** The title of the provider's latest incident open now, if any. */
	private Optional<String> openIncident(ProviderId provider) {
		return this.upstream.open(provider)
			.stream()
			.filter((e) -> e.kind() == EventKind.INCIDENT && e.state().isActive())
			.map(WatchedEvent::title)
			.findFirst();
	}

	/** The notes of every component with a mapping, worst first. */
	@Transactional(readOnly = true)
	public List<UpstreamNote> notesOfAll() {
		return notes(this.mappings.mappedComponents());
	}

	/** The maintenances touching any component with a mapping, soonest first. */
	@Transactional(readOnly = true)
	public List<UpstreamMaintenance> maintenancesOfAll() {
		return maintenances(this.mappings.mappedComponents());
	}

	@ApplicationModuleListener
	void on(ComponentStatusChanged changed) {
		if (changed.automatic()) {
			return;
		}
		this.mappings.degradationForUpdate(changed.component())
			.filter((held) -> !held.overridden() && changed.to() != held.applied())
			.ifPresent((held) -> this.mappings.save(held.overriddenByPerson()));
	}

	@ApplicationModuleListener
	void on(ComponentDeleted deleted) {
		this.mappings.forgetComponent(deleted.component());
	}

	private void follow(ComponentId id) {
		Optional<Component> found = this.components.find(id);
		if (found.isEmpty()) {
			this.mappings.forgetComponent(id);
			return;
		}
		Component component = found.get();
		Degradation held = this.mappings.degradationForUpdate(id).orElse(null);
		Degradation.Outcome outcome = Degradation.decide(id, component.status(), held, wanted(id),
				this.clock.instant());
		if (outcome.setTo() != null) {
			this.components.changeStatusAutomatically(id, outcome.setTo());
		}
		if (outcome.held() != null) {
			this.mappings.save(outcome.held());
		}
		else if (held != null) {
			this.mappings.forgetDegradation(id);
		}
	}

	/** The worst status the component's mappings ask for now, null for none. */
	private @Nullable ComponentStatus wanted(ComponentId id) {
		ComponentStatus worst = null;
		for (ComponentMapping m : this.mappings.ofComponent(id)) {
			Optional<ComponentStatus> asked = m
				.statusFor(this.mappings.upstream(m.provider(), m.upstreamComponent()).status());
			if (asked.isPresent()) {
				worst = (worst == null) ? asked.get() : worst.worse(asked.get());
			}
		}
		return worst;
	}

	private void check(ComponentMapping m) {
		if (m.upstreamComponent().isBlank() || m.upstreamComponent().length() > 300) {
			throw RequestRejected.invalid("upstreamComponent",
					"Name the provider's component as its status page shows it (1 to 300 characters).");
		}
		Component component = this.components.find(m.component())
			.orElseThrow(() -> RequestRejected.invalid("componentId",
					"There is no component " + m.component() + "; pick one of your status pages' components."));
		if (component.group()) {
			throw RequestRejected.invalid("componentId", component.name()
					+ " is a group; its status follows its components, so map the components instead.");
		}
		if (m.cap().severity() < ComponentStatus.DEGRADED_PERFORMANCE.severity()) {
			throw RequestRejected.invalid("cap",
					"The cap is the worst status Sharpend may set: degraded_performance, partial_outage or major_outage.");
		}
	}

	/**
	 * A maintenance a provider announced that touches components of ours.
	 *
	 * @param provider the provider
	 * @param providerName its name
	 * @param event the maintenance as last read
	 * @param components our components mapped to the provider components it touches
	 */
	public record UpstreamMaintenance(ProviderId provider, String providerName, WatchedEvent event,
			List<ComponentId> components) {
	}

	/**
	 * A provider's component that is not operational, as one of ours shows it.
	 *
	 * @param component our component
	 * @param provider the provider
	 * @param providerName its name
	 * @param upstreamComponent the provider's component
	 * @param status its status
	 * @param since since when, null when never read
	 * @param incident the title of the provider's open incident, null for none
	 * @param rule a note only, or an automatic status as well
	 * @param degradation the status Sharpend holds on our component, null for none
	 */
	public record UpstreamNote(ComponentId component, ProviderId provider, String providerName,
			String upstreamComponent, UpstreamStatus status, @Nullable Instant since, @Nullable String incident,
			MappingRule rule, @Nullable Degradation degradation) {

		/** Whether a person overrode the status Sharpend set. */
		public boolean overridden() {
			return this.degradation != null && this.degradation.overridden();
		}

		/** Whether the override is kept beyond the next upstream change. */
		public boolean locked() {
			return this.degradation != null && this.degradation.locked();
		}

	}

}
