package dev.sharpend.oncall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.sharpend.system.RequestRejected;

/**
 * Reads escalations as Opsgenie's escalation API answers them, one ({@code GET
 * /v2/escalations/{id}}) or all ({@code GET /v2/escalations}). An Opsgenie rule's delay
 * counts from the alert's creation; a Sharpend step's wait counts from the step before,
 * so rules with the same delay become one step and each step waits the difference to the
 * next rule's delay.
 */
final class OpsgenieEscalationImport {

	static final String SOURCE = "opsgenie-escalation";

	/**
	 * The last step's wait when the escalation does not repeat; it then has no effect.
	 */
	static final long LAST_WAIT = 15;

	private OpsgenieEscalationImport() {
	}

	static ImportPlan read(String body, ImportContext context) {
		JsonNode root = ImportJson.parse(body, "Opsgenie's GET /v2/escalations");
		List<JsonNode> escalations = new ArrayList<>();
		String at;
		if (root.path("data").isArray()) {
			escalations.addAll(ImportJson.array(root, "data", "data"));
			at = "data[";
		}
		else {
			escalations.add(root.has("data") ? ImportJson.object(root, "data", "data") : root);
			at = null;
		}
		if (escalations.isEmpty()) {
			throw RequestRejected.invalid("data", "There is no escalation in it.");
		}
		List<ImportPolicies.Draft> drafts = new ArrayList<>();
		for (int i = 0; i < escalations.size(); i++) {
			String path = (at != null) ? at + i + "]" : (root.has("data") ? "data" : "");
			drafts.add(draft(escalations.get(i), path, context));
		}
		ImportPlan.Builder plan = new ImportPlan.Builder(SOURCE);
		ImportPolicies.finish(drafts, context, plan);
		return plan.build();
	}

	private static ImportPolicies.Draft draft(JsonNode e, String path, ImportContext context) {
		String prefix = path.isEmpty() ? "" : path + ".";
		String name = ImportJson.text(e, "name", prefix + "name");
		List<JsonNode> rules = ImportJson.array(e, "rules", prefix + "rules");
		if (rules.isEmpty()) {
			throw RequestRejected.invalid(prefix + "rules", "The escalation " + name + " has no rules.");
		}
		List<Rule> read = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			read.add(rule(rules.get(i), prefix + "rules[" + i + "]", context));
		}
		read.sort(Comparator.comparingLong(Rule::delay));
		List<String> caveats = new ArrayList<>();
		if (read.get(0).delay() > 0) {
			caveats.add("Its first rule waits " + read.get(0).delay()
					+ " min after the alert; Sharpend pages the first step at once.");
		}
		JsonNode repeat = e.path("repeat");
		int count = repeat.isObject() ? ImportJson.integer(repeat, "count", prefix + "repeat.count", 0) : 0;
		long repeatWait = repeat.isObject()
				? ImportJson.integer(repeat, "waitInterval", prefix + "repeat.waitInterval", 0) : 0;
		if (repeat.path("closeAlertAfterAll").asBoolean(false)) {
			caveats.add("Opsgenie closes the alert after the last repeat; Sharpend leaves it open.");
		}
		List<ImportPolicies.DraftStep> steps = new ArrayList<>();
		int i = 0;
		while (i < read.size()) {
			int j = i;
			List<ImportPolicies.DraftTarget> targets = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			List<String> paths = new ArrayList<>();
			while (j < read.size() && read.get(j).delay() == read.get(i).delay()) {
				targets.add(read.get(j).target());
				notes.addAll(read.get(j).caveats());
				paths.add(read.get(j).path());
				j++;
			}
			long wait = (j < read.size()) ? read.get(j).delay() - read.get(i).delay()
					: (count > 0 && repeatWait > 0) ? repeatWait : LAST_WAIT;
			steps.add(new ImportPolicies.DraftStep(String.join(", ", paths), wait, false, targets, notes));
			i = j;
		}
		return new ImportPolicies.Draft(
				ImportJson.optionalText(e, "id").isEmpty() ? name : ImportJson.optionalText(e, "id"), name,
				path.isEmpty() ? "escalation" : path, count, steps, caveats);
	}

	private static Rule rule(JsonNode r, String path, ImportContext context) {
		List<String> caveats = new ArrayList<>();
		String condition = ImportJson.optionalText(r, "condition");
		if (condition.equals("if-not-closed")) {
			caveats.add("Opsgenie goes on until the alert is closed (if-not-closed); Sharpend stops at the "
					+ "acknowledgement.");
		}
		JsonNode delay = r.path("delay");
		long amount = delay.isObject() ? ImportJson.integer(delay, "timeAmount", path + ".delay.timeAmount", 0) : 0;
		String unit = delay.isObject() ? ImportJson.optionalText(delay, "timeUnit").toLowerCase(Locale.ROOT) : "";
		long minutes = switch (unit) {
			case "", "minutes" -> amount;
			case "hours" -> amount * 60;
			case "days" -> amount * 1440;
			default -> throw RequestRejected.invalid(path + ".delay.timeUnit",
					"Opsgenie delays are in minutes, hours or days, not " + unit + ".");
		};
		if (amount < 0) {
			throw RequestRejected.invalid(path + ".delay.timeAmount", "A delay cannot be negative.");
		}
		if (!r.path("recipient").isObject()) {
			throw RequestRejected.invalid(path + ".recipient", "The rule notifies nobody; give it a recipient.");
		}
		JsonNode recipient = r.path("recipient");
		String notify = ImportJson.optionalText(r, "notifyType");
		return new Rule(path, minutes, target(recipient, path + ".recipient", notify, context, caveats), caveats);
	}

	private static ImportPolicies.DraftTarget target(JsonNode recipient, String path, String notify,
			ImportContext context, List<String> caveats) {
		String type = ImportJson.optionalText(recipient, "type").toLowerCase(Locale.ROOT);
		String name = ImportJson.optionalText(recipient, "name");
		switch (type) {
			case "user" -> {
				String email = ImportJson.text(recipient, "username", path + ".username");
				return ImportPolicies.DraftTarget.of(
						new EscalationTarget(TargetKind.USER, context.people().byEmail(path, email).value()),
						context.people().label(context.people().byEmail(path, email)));
			}
			case "schedule" -> {
				Schedule schedule = context.schedule(name)
					.orElseThrow(() -> RequestRejected.invalid(path, "Team " + context.team().name()
							+ " has no schedule named \"" + name + "\"; import the schedule first."));
				if (!notify.isEmpty() && !notify.equals("default")) {
					caveats.add("Opsgenie notifies the " + notify + " on-call of " + name
							+ "; Sharpend pages whoever is on call when the step fires.");
				}
				return ImportPolicies.DraftTarget.of(new EscalationTarget(TargetKind.SCHEDULE, schedule.id().value()),
						"the on-call of " + schedule.name());
			}
			case "team" -> {
				Team team = context.team(name)
					.orElseThrow(() -> RequestRejected.invalid(path,
							"There is no Sharpend team named \"" + name + "\"; create it first."));
				if (!notify.equals("users")) {
					caveats.add("Opsgenie notifies team " + name + " " + (notify.isEmpty() ? "default" : notify)
							+ "; Sharpend pages every member of the team.");
				}
				return ImportPolicies.DraftTarget.of(new EscalationTarget(TargetKind.TEAM, team.id().value()),
						"every member of " + team.name());
			}
			case "escalation" -> {
				String key = ImportJson.optionalText(recipient, "id");
				return ImportPolicies.DraftTarget.policy(key.isEmpty() ? name : key,
						"escalation \"" + (name.isEmpty() ? key : name) + "\"");
			}
			default -> throw RequestRejected.invalid(path + ".type",
					"Opsgenie recipients are user, schedule, team or escalation, not \"" + type + "\".");
		}
	}

	private record Rule(String path, long delay, ImportPolicies.DraftTarget target, List<String> caveats) {
	}

}
