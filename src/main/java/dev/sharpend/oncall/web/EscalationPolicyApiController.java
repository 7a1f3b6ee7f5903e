package dev.sharpend.oncall.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.EscalationPolicies;
import dev.sharpend.oncall.EscalationPolicy;
import dev.sharpend.oncall.EscalationStep;
import dev.sharpend.oncall.EscalationTarget;
import dev.sharpend.oncall.PolicyDraft;
import dev.sharpend.oncall.PolicyId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalation policies: who is paged, in which order, while nobody acknowledges. */
@RestController
@RequestMapping("/api/v1/escalation-policies")
class EscalationPolicyApiController {

	private final EscalationPolicies policies;

	EscalationPolicyApiController(EscalationPolicies policies) {
		this.policies = policies;
	}

	/** Every team's policies, or one team's, by name. */
	@GetMapping
	@RequiresPermission(Permission.ONCALL_READ)
	PageOf<PolicyResponse> list(@RequestParam(required = false) String team, @Paged PageWindow window) {
		List<EscalationPolicy> all = (team == null || team.isBlank()) ? this.policies.all()
				: this.policies.list(new TeamId(OnCallText.uuid("team", team)));
		return PageOf.slice(all, window).map(this::response);
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	PolicyResponse get(@PathVariable UUID id) {
		return response(this.policies.require(new PolicyId(id)));
	}

	@PostMapping
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<PolicyResponse> create(@RequestBody PolicyRequest request) {
		EscalationPolicy policy = this.policies.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/escalation-policies/" + policy.id())).body(response(policy));
	}

	/** Replaces the policy with what the request describes; without a team it stays. */
	@PutMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	PolicyResponse replace(@PathVariable UUID id, @RequestBody PolicyRequest request) {
		return response(this.policies.update(new PolicyId(id), request.draft()));
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.policies.delete(new PolicyId(id));
		return ResponseEntity.noContent().build();
	}

	private PolicyResponse response(EscalationPolicy p) {
		return new PolicyResponse(p.id().toString(), p.team().toString(), p.name(), p.repeat(),
				(p.acknowledgeTimeout() != null) ? (int) p.acknowledgeTimeout().toMinutes() : null,
				p.steps().stream().map(this::step).toList(), this.policies.preview(p));
	}

	private StepResponse step(EscalationStep s) {
		return new StepResponse((int) s.delay().toMinutes(), s.roundRobin(),
				s.targets().stream().map(this::target).toList());
	}

	private TargetResponse target(EscalationTarget t) {
		return new TargetResponse(t.kind().code(), t.id().toString(), this.policies.label(t));
	}

	record TargetRequest(@Nullable String type, @Nullable String id) {
	}

	record StepRequest(@Nullable Integer delayMinutes, @Nullable Boolean roundRobin,
			@Nullable List<TargetRequest> targets) {
	}

	record PolicyRequest(@Nullable String team, @Nullable String name, @Nullable Integer repeat,
			@Nullable Integer acknowledgeTimeoutMinutes, @Nullable List<StepRequest> steps) {

		PolicyDraft draft() {
			List<PolicyDraft.StepDraft> drafts = (this.steps != null) ? this.steps.stream()
				.map((s) -> new PolicyDraft.StepDraft(s.delayMinutes(), Boolean.TRUE.equals(s
					.roundRobin()), (s.targets() != null)
							? s.targets().stream().map((t) -> new PolicyDraft.TargetDraft(t.type(), t.id())).toList()
							: List.of()))
				.toList() : List.of();
			return new PolicyDraft(this.team, this.name, this.repeat, drafts, this.acknowledgeTimeoutMinutes);
		}

	}

	record TargetResponse(String type, String id, String name) {
	}

	record StepResponse(int delayMinutes, boolean roundRobin, List<TargetResponse> targets) {
	}

	record PolicyResponse(String id, String team, String name, int repeat, @Nullable Integer acknowledgeTimeoutMinutes,
			List<StepResponse> steps, String preview) {
	}

}
