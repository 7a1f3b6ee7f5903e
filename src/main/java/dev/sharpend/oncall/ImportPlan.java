package dev.sharpend.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.WireCode;

/**
 * What an import would create, object by object, with how well each maps: the dry run's
 * answer, and what an import writes when it goes ahead. Objects marked
 * {@link Mark#CANNOT} are left out; everything else is written together or not at all.
 *
 * @param source the format it was read from, such as {@code opsgenie-schedule}
 * @param items one line per object of the source, in the source's order
 * @param schedules the schedules to create
 * @param policies the escalation policies to create
 */
public record ImportPlan(String source, List<Item> items, List<PlannedSchedule> schedules,
		List<EscalationPolicy> policies) {

	public ImportPlan {
		items = List.copyOf(items);
		schedules = List.copyOf(schedules);
		policies = List.copyOf(policies);
	}

	/** How well an object of the source carries over. */
	public enum Mark implements WireCode {

		/** It maps as it is. */
		MAPS("maps", "✔"),

		/** It maps, but something about it changes; the reasons say what. */
		PARTLY("partly", "⚠"),

		/** Sharpend has nothing like it; it is left out, the reasons say why. */
		CANNOT("cannot", "✘");

		private final String code;

		private final String symbol;

		Mark(String code, String symbol) {
			this.code = code;
			this.symbol = symbol;
		}

		@Override
		public String code() {
			return this.code;
		}

		public String symbol() {
			return this.symbol;
		}

	}

	/**
	 * One object of the source and what becomes of it.
	 *
	 * @param object what it is and where in the source, such as
	 * {@code rotation "Weekly" (rotations[0])}
	 * @param mark how well it maps
	 * @param reasons why it maps only partly or not at all, or what it becomes
	 */
	public record Item(String object, Mark mark, List<String> reasons) {

		public Item {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * A schedule to create: layers of rotations and fixed shifts that become overrides.
	 *
	 * @param name its name
	 * @param layers its rotations, each with its layer number (not yet saved)
	 * @param shifts fixed shifts, not overlapping, in order
	 */
	public record PlannedSchedule(String name, List<Rotation> layers, List<Shift> shifts) {

		public PlannedSchedule {
			layers = List.copyOf(layers);
			shifts = List.copyOf(shifts);
		}

	}

	/** Collects a plan's items while a source is read. */
	static final class Builder {

		private final String source;

		private final List<Item> items = new ArrayList<>();

		private final List<PlannedSchedule> schedules = new ArrayList<>();

		private final List<EscalationPolicy> policies = new ArrayList<>();

		Builder(String source) {
			this.source = source;
		}

		Builder item(String object, Mark mark, List<String> reasons) {
			this.items.add(new Item(object, mark, reasons));
			return this;
		}

		/** Marks the object partly mapped when there are reasons, fully otherwise. */
		Builder mapped(String object, List<String> caveats) {
			return item(object, caveats.isEmpty() ? Mark.MAPS : Mark.PARTLY, caveats);
		}

		Builder schedule(PlannedSchedule schedule) {
			this.schedules.add(schedule);
			return this;
		}

		Builder policy(EscalationPolicy policy) {
			this.policies.add(policy);
			return this;
		}

		ImportPlan build() {
			return new ImportPlan(this.source, this.items, this.schedules, this.policies);
		}

	}

	/**
	 * A fixed shift as read from a calendar, before overlaps between layers are resolved.
	 *
	 * @param start when it begins
	 * @param end when it ends
	 * @param user who is on call
	 * @param layer its layer, higher wins
	 * @param event where it is in the calendar, for refusals
	 */
	record FixedShift(Instant start, Instant end, UserId user, int layer, String event) {
	}

}
