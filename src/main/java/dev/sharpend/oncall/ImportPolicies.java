package dev.sharpend.oncall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.RequestRejected;

/**
 * Turns escalation policies read from another tool into Sharpend's: checks that every
 * step pages someone, that no policy leads back to itself, and that waits and repeats fit
 * Sharpend's ranges, and writes one plan line per policy and per step.
 */
final class ImportPolicies {

	static final int MIN_WAIT = 1;

	static final int MAX_WAIT = 1440;

	static final int MAX_REPEAT = 9;

	private ImportPolicies() {
	}

	/**
	 * A policy as read.
	 *
	 * @param key how other policies of the same source refer to it (its id there)
	 * @param name its name
	 * @param path where it is in the source
	 * @param repeat how often the source repeats it
	 * @param steps its steps in order
	 * @param caveats what changes about the policy as a whole
	 */
	record Draft(String key, String name, String path, int repeat, List<DraftStep> steps, List<String> caveats) {
	}

	/**
	 * A step as read.
	 *
	 * @param path where it is in the source
	 * @param waitMinutes how long it waits for an acknowledgement before the next step
	 * @param roundRobin whether it pages its targets in turn
	 * @param targets whom it pages
	 * @param caveats what changes about it
	 */
	record DraftStep(String path, long waitMinutes, boolean roundRobin, List<DraftTarget> targets,
			List<String> caveats) {
	}

	/**
	 * Whom a step pages: a target Sharpend knows, or another policy of the same source.
	 *
	 * @param target the resolved target, or null for a reference
	 * @param policy the key or name of the referenced policy, or null
	 * @param label how it is shown in the plan
	 */
	record DraftTarget(@Nullable EscalationTarget target, @Nullable String policy, String label) {

		static DraftTarget of(EscalationTarget target, String label) {
			return new DraftTarget(target, null, label);
		}

		static DraftTarget policy(String key, String label) {
			return new DraftTarget(null, key, label);
		}

	}

	static void finish(List<Draft> drafts, ImportContext context, ImportPlan.Builder plan) {
		Map<String, Draft> byKey = new LinkedHashMap<>();
		for (Draft d : drafts) {
			byKey.put(d.key().toLowerCase(Locale.ROOT), d);
			byKey.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d);
		}
		for (Draft d : drafts) {
			loops(d, byKey, new ArrayList<>());
		}
		for (Draft d : drafts) {
			List<String> caveats = new ArrayList<>(d.caveats());
			int repeat = d.repeat();
			if (repeat > MAX_REPEAT) {
				caveats.add(
						"It repeats " + repeat + " times; Sharpend repeats a policy at most " + MAX_REPEAT + " times.");
				repeat = MAX_REPEAT;
			}
			if (d.steps().isEmpty()) {
				throw RequestRejected.invalid(d.path(), "The policy " + d.name() + " has no steps.");
			}
			List<EscalationStep> steps = new ArrayList<>();
			List<ImportPlan.Item> stepItems = new ArrayList<>();
			for (int i = 0; i < d.steps().size(); i++) {
				DraftStep s = d.steps().get(i);
				List<String> notes = new ArrayList<>(s.caveats());
				List<EscalationTarget> targets = new ArrayList<>();
				List<String> labels = new ArrayList<>();
				for (DraftTarget t : s.targets()) {
					resolve(t, byKey, targets, labels, notes);
				}
				if (targets.isEmpty()) {
					throw RequestRejected.invalid(s.path(),
							"Step " + (i + 1) + " of " + d.name() + " pages nobody; give it at least one target.");
				}
				long wait = s.waitMinutes();
				if (wait < MIN_WAIT || wait > MAX_WAIT) {
					long fitted = Math.max(MIN_WAIT, Math.min(MAX_WAIT, wait));
					notes.add("It waits " + wait + " min; Sharpend waits 1 to 1440 min, so " + fitted + " min.");
					wait = fitted;
				}
				steps.add(new EscalationStep(Duration.ofMinutes(wait), targets, s.roundRobin()));
				notes.add(0, "Pages " + String.join(", ", labels) + (s.roundRobin() ? " in turn" : "") + ", then waits "
						+ wait + " min for an acknowledgement.");
				stepItems.add(new ImportPlan.Item("step " + (i + 1) + " of \"" + d.name() + "\" (" + s.path() + ")",
						(notes.size() == 1) ? ImportPlan.Mark.MAPS : ImportPlan.Mark.PARTLY, notes));
			}
			plan.mapped("escalation policy \"" + d.name() + "\" (" + d.path() + ")", caveats);
			stepItems.forEach((item) -> plan.item(item.object(), item.mark(), item.reasons()));
			plan.policy(new EscalationPolicy(PolicyId.random(), context.team().id(),
					ImportJson.name(d.name(), d.path() + ".name"), repeat, steps));
		}
	}

	/** Refuses a policy that reaches itself through references to other policies. */
	private static void loops(Draft d, Map<String, Draft> byKey, List<String> trail) {
		if (trail.contains(d.name())) {
			List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(d.name()), trail.size()));
			cycle.add(d.name());
			throw RequestRejected.invalid(d.path(), "The escalation policy " + d.name() + " escalates to itself ("
					+ String.join(" → ", cycle) + "); remove the reference that closes the loop.");
		}
		trail.add(d.name());
		for (DraftStep s : d.steps()) {
			for (DraftTarget t : s.targets()) {
				if (t.policy() != null) {
					loops(referenced(t, byKey, s.path()), byKey, trail);
				}
			}
		}
		trail.remove(trail.size() - 1);
	}

	/** A reference to another policy pages whoever that policy's first step pages. */
	private static void resolve(DraftTarget t, Map<String, Draft> byKey, List<EscalationTarget> targets,
			List<String> labels, List<String> notes) {
		if (t.target() != null) {
			if (!targets.contains(t.target())) {
				targets.add(t.target());
				labels.add(t.label());
			}
			return;
		}
		Draft other = referenced(t, byKey, "");
		notes.add("It escalates to " + other.name() + "; Sharpend pages that policy's first step here instead and "
				+ "does not follow its later steps.");
		for (DraftTarget inner : other.steps().get(0).targets()) {
			resolve(inner, byKey, targets, labels, new ArrayList<>());
		}
	}

	private static Draft referenced(DraftTarget t, Map<String, Draft> byKey, String path) {
		Draft other = byKey.get(t.policy().toLowerCase(Locale.ROOT));
		if (other == null || other.steps().isEmpty()) {
			throw RequestRejected.invalid(path, "It escalates to " + t.label()
					+ ", which is not among the policies imported; import them together.");
		}
		return other;
	}

}
