package dev.sharpend.oncall.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.alert.Integration;
import dev.sharpend.oncall.EscalationPolicies;
import dev.sharpend.oncall.EscalationPolicy;
import dev.sharpend.oncall.EscalationRoutes;
import dev.sharpend.oncall.PolicyId;
import dev.sharpend.oncall.Route;
import dev.sharpend.oncall.Team;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a team's page shows of escalation: its policies, each in words, and the routes
 * from integrations to them.
 */
@Component
class EscalationSection {

	private final EscalationPolicies policies;

	private final EscalationRoutes routes;

	EscalationSection(EscalationPolicies policies, EscalationRoutes routes) {
		this.policies = policies;
		this.routes = routes;
	}

	void addTo(ModelAndView view, Team team) {
		List<EscalationPolicy> own = this.policies.list(team.id());
		view.addObject("policies", own.stream().map((p) -> new PolicyCard(p, this.policies.preview(p))).toList());
		List<Integration> integrations = this.routes.integrations();
		Map<UUID, String> integrationNames = integrations.stream()
			.collect(Collectors.toMap(Integration::id, Integration::name));
		Map<PolicyId, String> policyNames = own.stream()
			.collect(Collectors.toMap(EscalationPolicy::id, EscalationPolicy::name));
		view.addObject("routes", lines(this.routes.to(own.stream().map(EscalationPolicy::id).toList()),
				(id) -> integrationNames.getOrDefault(id, id.toString()), policyNames));
		view.addObject("integrations", integrations);
	}

	private List<RouteLine> lines(List<Route> routes, Function<UUID, String> integrationName,
			Map<PolicyId, String> policyNames) {
		List<RouteLine> lines = new ArrayList<>();
		for (UUID integration : routes.stream().map(Route::integration).distinct().toList()) {
			List<Route> all = this.routes.of(integration);
			for (int i = 0; i < all.size(); i++) {
				Route r = all.get(i);
				if (policyNames.containsKey(r.policy())) {
					lines.add(new RouteLine(integration.toString(), integrationName.apply(integration), i, all.size(),
							r.matchers(), policyNames.get(r.policy()), r.urgency().code()));
				}
			}
		}
		return lines;
	}

	/**
	 * A policy as the team page lists it.
	 *
	 * @param policy the policy
	 * @param preview what it does, in words
	 */
	record PolicyCard(EscalationPolicy policy, String preview) {
	}

	/**
	 * A route to one of the team's policies.
	 *
	 * @param integration the integration's id
	 * @param integrationName its name
	 * @param position where the route is tried among the integration's, from 0
	 * @param of how many routes the integration has
	 * @param matchers its matchers, empty for every alert group
	 * @param policyName the policy it pages through
	 * @param urgency the urgency of the pages
	 */
	record RouteLine(String integration, String integrationName, int position, int of, String matchers,
			String policyName, String urgency) {
	}

}
