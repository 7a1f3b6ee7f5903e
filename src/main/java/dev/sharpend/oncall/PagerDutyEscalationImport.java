package dev.sharpend.oncall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/**
 * Reads escalation policies as PagerDuty's API answers them, one ({@code GET
 * /escalation_policies/{id}}) or a page of them ({@code GET /escalation_policies}). A
 * PagerDuty rule's delay is already how long it waits before escalating away, which is a
 * Sharpend step's wait; {@code num_loops} is how often the policy repeats.
 */
final class PagerDutyEscalationImport {

	static final String SOURCE = "pagerduty-escalation-policy";

	private PagerDutyEscalationImport() {
	}

	static ImportPlan read(String body, ImportContext context) {
		JsonNode root = ImportJson.parse(body, "PagerDuty's GET /escalation_policies/{id}");
		List<JsonNode> policies = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		if (root.has("escalation_policies")) {
			List<JsonNode> all = ImportJson.array(root, "escalation_policies", "escalation_policies");
			for (int i = 0; i < all.size(); i++) {
				policies.add(all.get(i));
				paths.add("escalation_policies[" + i + "]");
			}
		}
		else {
			boolean wrapped = root.has("escalation_policy");
			policies.add(wrapped ? ImportJson.object(root, "escalation_policy", "escalation_policy") : root);
			paths.add(wrapped ? "escalation_policy" : "");
		}
		if (policies.isEmpty()) {
			throw RequestRejected.invalid("escalation_policies", "There is no escalation policy in it.");
		}
		List<ImportPolicies.Draft> drafts = new ArrayList<>();
		for (int i = 0; i < policies.size(); i++) {
			drafts.add(draft(policies.get(i), paths.get(i), context));
		}
		ImportPlan.Builder plan = new ImportPlan.Builder(SOURCE);
		ImportPolicies.finish(drafts, context, plan);
		return plan.build();
	}

	private static ImportPolicies.Draft draft(JsonNode p, String path, ImportContext context) {
		String prefix = path.isEmpty() ? "" : path + ".";
		String name = ImportJson.text(p, "name", prefix + "name");
		List<JsonNode> rules = ImportJson.array(p, "escalation_rules", prefix + "escalation_rules");
		if (rules.isEmpty()) {
			throw RequestRejected.invalid(prefix + "escalation_rules", "The policy " + name + " has no rules.");
		}
		List<ImportPolicies.DraftStep> steps = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			String at = prefix + "escalation_rules[" + i + "]";
			JsonNode rule = rules.get(i);
			int wait = ImportJson.integer(rule, "escalation_delay_in_minutes", at + ".escalation_delay_in_minutes", -1);
			if (wait < 0) {
				throw RequestRejected.invalid(at + ".escalation_delay_in_minutes",
						"Give how many minutes the rule waits before escalating.");
			}
			List<String> notes = new ArrayList<>();
			List<ImportPolicies.DraftTarget> targets = new ArrayList<>();
			List<JsonNode> list = ImportJson.array(rule, "targets", at + ".targets");
			if (list.isEmpty()) {
				throw RequestRejected.invalid(at + ".targets",
						"Step " + (i + 1) + " of " + name + " pages nobody; give it at least one target.");
			}
			for (int t = 0; t < list.size(); t++) {
				targets.add(target(list.get(t), at + ".targets[" + t + "]", context, notes));
			}
			String strategy = ImportJson.optionalText(rule.path("escalation_rule_assignment_strategy"), "type");
			steps.add(new ImportPolicies.DraftStep(at, wait, strategy.equals("round_robin"), targets, notes));
		}
		int loops = ImportJson.integer(p, "num_loops", prefix + "num_loops", 0);
		String key = ImportJson.optionalText(p, "id");
		return new ImportPolicies.Draft(key.isEmpty() ? name : key, name, path.isEmpty() ? "escalation_policy" : path,
				Math.max(0, loops), steps, List.of());
	}

	private static ImportPolicies.DraftTarget target(JsonNode t, String path, ImportContext context,
			List<String> notes) {
		String type = ImportJson.optionalText(t, "type").toLowerCase(Locale.ROOT);
		String summary = ImportJson.optionalText(t, "summary");
		String name = summary.isEmpty() ? ImportJson.optionalText(t, "name") : summary;
		switch (type) {
			case "user", "user_reference" -> {
				String email = ImportJson.optionalText(t, "email");
				UserId user;
				if (!email.isEmpty()) {
					user = context.people().byEmail(path, email);
				}
				else {
					user = context.people()
						.byName(name)
						.orElseThrow(() -> RequestRejected.invalid(path, "PagerDuty gave no e-mail for " + name
								+ " and no Sharpend user has that name; export with include[]=targets."));
					notes.add(name + " (" + path + ") is matched by name: PagerDuty gave no e-mail address.");
				}
				return ImportPolicies.DraftTarget.of(new EscalationTarget(TargetKind.USER, user.value()),
						context.people().label(user));
			}
			case "schedule", "schedule_reference" -> {
				Schedule schedule = context.schedule(name)
					.orElseThrow(() -> RequestRejected.invalid(path, "Team " + context.team().name()
							+ " has no schedule named \"" + name + "\"; import the schedule first."));
				return ImportPolicies.DraftTarget.of(new EscalationTarget(TargetKind.SCHEDULE, schedule.id().value()),
						"the on-call of " + schedule.name());
			}
			default -> throw RequestRejected.invalid(path + ".type",
					"PagerDuty targets are user_reference or schedule_reference, not \"" + type + "\".");
		}
	}

}
