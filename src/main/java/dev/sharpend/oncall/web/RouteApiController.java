package dev.sharpend.oncall.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.EscalationPolicies;
import dev.sharpend.oncall.EscalationPolicy;
import dev.sharpend.oncall.EscalationRoutes;
import dev.sharpend.oncall.Route;
import dev.sharpend.oncall.RouteDraft;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An integration's routes to escalation policies, read and replaced as one ordered list:
 * the first route whose matchers hold for an alert group's labels pages.
 */
@RestController
class RouteApiController {

	private static final int ALL = 50;

	private final EscalationRoutes routes;

	private final EscalationPolicies policies;

	RouteApiController(EscalationRoutes routes, EscalationPolicies policies) {
		this.routes = routes;
		this.policies = policies;
	}

	@GetMapping("/api/v1/integrations/{id}/routes")
	@RequiresPermission(Permission.ONCALL_READ)
	PageOf<RouteResponse> list(@PathVariable UUID id, @Paged(size = ALL, maxSize = ALL) PageWindow window) {
		return PageOf.slice(this.routes.of(id), window).map(this::response);
	}

	@PutMapping("/api/v1/integrations/{id}/routes")
	@RequiresPermission(Permission.ONCALL_WRITE)
	PageOf<RouteResponse> replace(@PathVariable UUID id, @RequestBody @Nullable List<RouteRequest> request) {
		List<RouteDraft> drafts = (request != null)
				? request.stream().map((r) -> new RouteDraft(r.matchers(), r.policy(), r.urgency())).toList()
				: List.of();
		List<Route> saved = this.routes.replace(id, drafts);
		return PageOf.slice(saved, PageWindow.of(0, ALL, ALL)).map(this::response);
	}

	private RouteResponse response(Route r) {
		EscalationPolicy policy = this.policies.require(r.policy());
		return new RouteResponse(r.matchers(), r.policy().toString(), policy.name(), policy.team().toString(),
				r.urgency().code(), this.policies.preview(policy));
	}

	record RouteRequest(@Nullable String matchers, @Nullable String policy, @Nullable String urgency) {
	}

	/**
	 * @param preview what the policy does, in words
	 */
	record RouteResponse(String matchers, String policy, String policyName, String team, String urgency,
			String preview) {
	}

}
