package dev.sharpend.oncall;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.alert.Integration;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which escalation policy pages for an integration's alert groups: its routes, tried in
 * order, the first whose matchers hold winning.
 */
@Service
@Transactional
public class EscalationRoutes {

	static final int MAX_ROUTES = 50;

	private final EscalationPolicyRepository repository;

	private final Integrations integrations;

	private final ApplicationEventPublisher events;

	EscalationRoutes(EscalationPolicyRepository repository, Integrations integrations,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.integrations = integrations;
		this.events = events;
	}

	/** The alert integrations that can be routed, by name. */
	@Transactional(readOnly = true)
	public List<Integration> integrations() {
		return this.integrations.all()
			.stream()
			.sorted(java.util.Comparator.comparing((Integration i) -> i.name().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	/**
	 * The integration's routes in the order they are tried.
	 * @throws RequestRejected (not found) for an unknown integration
	 */
	@Transactional(readOnly = true)
	public List<Route> of(UUID integration) {
		requireIntegration(integration);
		return this.repository.routes(integration);
	}

	/** Every route to one of the policies, by integration and order. */
	@Transactional(readOnly = true)
	public List<Route> to(List<PolicyId> policies) {
		return policies.stream().flatMap((p) -> this.repository.routesTo(p).stream()).toList();
	}

	/**
	 * Replaces the integration's routes with these, in this order.
	 * @throws RequestRejected naming the field ({@code routes[1].matchers}): an unknown
	 * integration (not found), unreadable matchers, an unknown policy or urgency
	 */
	public List<Route> replace(UUID integration, List<RouteDraft> drafts) {
		requireIntegration(integration);
		if (drafts.size() > MAX_ROUTES) {
			throw RequestRejected.invalid("routes", "An integration has at most " + MAX_ROUTES + " routes.");
		}
		List<Route> routes = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			routes.add(checked(integration, "routes[" + i + "]", drafts.get(i)));
		}
		this.repository.replaceRoutes(integration, routes);
		this.events.publishEvent(new RoutesReplaced(integration.toString(), summary(routes)));
		return routes;
	}

	/**
	 * Adds one route to the integration's, tried before the others or after them.
	 * @throws RequestRejected as {@link #replace} does
	 */
	public List<Route> add(UUID integration, RouteDraft draft, boolean first) {
		List<RouteDraft> drafts = new ArrayList<>(drafts(of(integration)));
		drafts.add(first ? 0 : drafts.size(), draft);
		return replace(integration, drafts);
	}

	/**
	 * Removes the integration's route at this position (from 0).
	 * @throws RequestRejected (not found) when there is no such route
	 */
	public List<Route> remove(UUID integration, int position) {
		List<RouteDraft> drafts = new ArrayList<>(drafts(of(integration)));
		if (position < 0 || position >= drafts.size()) {
			throw RequestRejected.notFound("The integration has no route " + (position + 1) + ".");
		}
		drafts.remove(position);
		return replace(integration, drafts);
	}

	private static List<RouteDraft> drafts(List<Route> routes) {
		return routes.stream()
			.map((r) -> new RouteDraft(r.matchers(), r.policy().toString(), r.urgency().code()))
			.toList();
	}

	private Route checked(UUID integration, String field, RouteDraft draft) {
		String matchers = RouteMatchers.normalize(field + ".matchers", draft.matchers());
		String given = (draft.policy() != null) ? draft.policy().strip() : "";
		PolicyId policy;
		try {
			policy = new PolicyId(UUID.fromString(given));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(field + ".policy",
					"Name the escalation policy by its id, not \"" + given + "\".");
		}
		if (this.repository.policy(policy).isEmpty()) {
			throw RequestRejected.invalid(field + ".policy", "There is no escalation policy " + policy + ".");
		}
		Urgency urgency = (draft.urgency() == null || draft.urgency().isBlank()) ? Urgency.HIGH
				: WireCode.parse(Urgency.class, draft.urgency().strip(), field + ".urgency");
		return new Route(integration, matchers, policy, urgency);
	}

	private void requireIntegration(UUID id) {
		if (this.integrations.all().stream().noneMatch((i) -> i.id().equals(id))) {
			throw RequestRejected.notFound("There is no integration " + id + ".");
		}
	}

	private static String summary(List<Route> routes) {
		if (routes.isEmpty()) {
			return "routes=none";
		}
		return "routes=" + routes.stream()
			.map((r) -> (r.matchers().isEmpty() ? "*" : r.matchers()) + " -> " + r.policy() + " (" + r.urgency().code()
					+ ")")
			.collect(Collectors.joining("; "));
	}

}
