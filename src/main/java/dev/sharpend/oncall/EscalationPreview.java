package dev.sharpend.oncall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A policy in words, as its editor shows it: "If nobody acknowledges: at 0 min Alice
 * Smith; at 5 min whoever is on call on Primary; then repeats once (last page at 15
 * min)." Each step fires when the delays of the steps before it have passed; the last
 * step's delay is the wait before the policy starts over.
 */
final class EscalationPreview {

	private EscalationPreview() {
	}

	/**
	 * @param repeat how many times the policy starts over
	 * @param steps its steps in order
	 * @param names the name of a target: a user's, a schedule's or a team's
	 */
	static String describe(int repeat, List<EscalationStep> steps, Function<EscalationTarget, String> names) {
		List<String> parts = new ArrayList<>();
		long at = 0;
		long lastStart = 0;
		for (EscalationStep step : steps) {
			parts.add("at " + duration(at) + " " + targets(step, names));
			lastStart = at;
			at += step.delay().toMinutes();
		}
		String end;
		if (repeat == 0) {
			end = "then stops";
		}
		else {
			end = "then repeats " + times(repeat) + " (last page at " + duration(repeat * at + lastStart) + ")";
		}
		return "If nobody acknowledges: " + String.join("; ", parts) + "; " + end + ".";
	}

	/**
	 * What happens to an acknowledgement, as a sentence to follow the steps; empty when
	 * it holds until the group resolves.
	 */
	static String timeout(@Nullable Duration timeout) {
		return (timeout != null) ? " An acknowledgement times out after " + duration(timeout.toMinutes())
				+ " unless the group resolves; then paging starts over at step 1." : "";
	}

	private static String targets(EscalationStep step, Function<EscalationTarget, String> names) {
		List<String> phrases = step.targets().stream().map((t) -> phrase(t, names.apply(t))).toList();
		if (phrases.isEmpty()) {
			return "nobody";
		}
		if (step.roundRobin() && phrases.size() > 1) {
			return "one of " + String.join(", ", phrases) + " in turn";
		}
		if (phrases.size() == 1) {
			return phrases.get(0);
		}
		return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
	}

	private static String phrase(EscalationTarget target, String name) {
		return switch (target.kind()) {
			case USER -> name;
			case SCHEDULE -> "whoever is on call on " + name;
			// "the whole Platform team", not "the whole Platform Team team".
			case TEAM -> name.toLowerCase(Locale.ROOT).matches("(.*\\s)?team(\\s.*)?") ? "the whole " + name
					: "the whole " + name + " team";
		};
	}

	private static String times(int repeat) {
		return switch (repeat) {
			case 1 -> "once";
			case 2 -> "twice";
			default -> repeat + " times";
		};
	}

	/** Minutes below an hour, hours and minutes above. */
	static String duration(long minutes) {
		if (minutes < 60) {
			return minutes + " min";
		}
		long rest = minutes % 60;
		return (minutes / 60) + " h" + ((rest > 0) ? " " + rest + " min" : "");
	}

}
