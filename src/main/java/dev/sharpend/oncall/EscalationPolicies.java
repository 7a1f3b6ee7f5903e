package dev.sharpend.oncall;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's escalation policies and the routes from alert integrations to them.
 */
@Service
@Transactional
class EscalationPolicies {

	private final EscalationPolicyRepository repository;

	EscalationPolicies(EscalationPolicyRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public List<EscalationPolicy> list(TeamId team) {
		return this.repository.policies(team);
	}

	@Transactional(readOnly = true)
	public Optional<EscalationPolicy> find(PolicyId id) {
		return this.repository.policy(id);
	}

	/** The policy, or a not-found refusal. */
	@Transactional(readOnly = true)
	public EscalationPolicy require(PolicyId id) {
		return find(id).orElseThrow(() -> RequestRejected.notFound("There is no escalation policy " + id + "."));
	}

	/**
	 * The first of the integration's routes whose matchers all hold for the labels, if
	 * any.
	 */
	@Transactional(readOnly = true)
	public Optional<Route> route(UUID integration, Map<String, String> labels) {
		return this.repository.routes(integration).stream().filter((r) -> matches(r.matchers(), labels)).findFirst();
	}

	/**
	 * Whether every matcher ({@code name=value} or {@code name!=value}, joined by commas)
	 * holds; a missing label has the empty value, as in Alertmanager.
	 */
	static boolean matches(String matchers, Map<String, String> labels) {
		for (String matcher : matchers.split(",")) {
			String m = matcher.strip();
			if (m.isEmpty()) {
				continue;
			}
			boolean negated = m.contains("!=");
			int at = negated ? m.indexOf("!=") : m.indexOf('=');
			if (at <= 0) {
				return false;
			}
			String name = m.substring(0, at).strip();
			String value = m.substring(at + (negated ? 2 : 1)).strip();
			boolean equal = labels.getOrDefault(name, "").equals(value);
			if (equal == negated) {
				return false;
			}
		}
		return true;
	}

}
