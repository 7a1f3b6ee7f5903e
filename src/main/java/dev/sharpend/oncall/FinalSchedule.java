package dev.sharpend.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who is on call over a range, computed from a schedule's layers and overrides: an
 * override wins, then the highest layer that has someone, else the slot is a gap. The
 * slots cover the whole range without overlap; neighbours with the same answer are
 * joined.
 *
 * @param from the range's start
 * @param to the range's end
 * @param slots the answers in order
 * @param layers each layer's turns within the range, highest layer first
 */
public record FinalSchedule(Instant from, Instant to, List<Slot> slots, Map<Rotation, List<Shift>> layers) {

	/** Computes the final schedule for [from, to). */
	public static FinalSchedule compute(List<Rotation> rotations, List<ScheduleOverride> overrides, Instant from,
			Instant to) {
		Map<Rotation, List<Shift>> layers = new LinkedHashMap<>();
		rotations.stream()
			.sorted(Comparator.comparingInt(Rotation::layer).reversed())
			.forEach((r) -> layers.put(r, clip(r.shifts(from, to), from, to)));
		TreeSet<Instant> edges = new TreeSet<>(List.of(from, to));
		layers.values().forEach((shifts) -> shifts.forEach((s) -> edges.addAll(List.of(s.start(), s.end()))));
		overrides.stream()
			.filter((o) -> o.end().isAfter(from) && o.start().isBefore(to))
			.forEach((o) -> edges.addAll(List.of(Rotation.later(o.start(), from), Rotation.earlier(o.end(), to))));
		List<Slot> slots = new ArrayList<>();
		Instant start = null;
		for (Instant edge : edges) {
			if (start != null) {
				add(slots, answer(layers, overrides, start, edge));
			}
			start = edge;
		}
		return new FinalSchedule(from, to, List.copyOf(slots), layers);
	}

	/** The slot at an instant within the range. */
	public Optional<Slot> at(Instant at) {
		return this.slots.stream().filter((s) -> s.covers(at)).findFirst();
	}

	/** The stretches in which nobody is on call. */
	public List<Slot> gaps() {
		return this.slots.stream().filter(Slot::isGap).toList();
	}

	private static Slot answer(Map<Rotation, List<Shift>> layers, List<ScheduleOverride> overrides, Instant start,
			Instant end) {
		ScheduleOverride override = null;
		for (ScheduleOverride o : overrides) {
			if (o.covers(start) && (override == null || !o.createdAt().isBefore(override.createdAt()))) {
				override = o;
			}
		}
		if (override != null) {
			return Slot.fromOverride(start, end, override.user());
		}
		for (Map.Entry<Rotation, List<Shift>> layer : layers.entrySet()) {
			for (Shift shift : layer.getValue()) {
				if (shift.covers(start)) {
					return Slot.fromLayer(start, end, shift.user(), layer.getKey().name());
				}
			}
		}
		return Slot.gap(start, end);
	}

	private static void add(List<Slot> slots, Slot next) {
		int last = slots.size() - 1;
		if (last >= 0 && slots.get(last).continuedBy(next)) {
			slots.set(last, slots.get(last).until(next.end()));
		}
		else {
			slots.add(next);
		}
	}

	private static List<Shift> clip(List<Shift> shifts, Instant from, Instant to) {
		return shifts.stream()
			.filter((s) -> s.end().isAfter(from) && s.start().isBefore(to))
			.map((s) -> new Shift(Rotation.later(s.start(), from), Rotation.earlier(s.end(), to), s.user()))
			.toList();
	}

}
