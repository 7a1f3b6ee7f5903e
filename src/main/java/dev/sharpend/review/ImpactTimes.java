package dev.sharpend.review;

import java.time.Duration;
import java.time.Instant;

/**
 * The four moments of an incident's impact, taken from its timeline and editable.
 *
 * @param startedAt when the problem began, or null
 * @param detectedAt when someone noticed, or null
 * @param mitigatedAt when the impact was contained, or null
 * @param resolvedAt when it was over, or null
 */
public record ImpactTimes(Instant startedAt, Instant detectedAt, Instant mitigatedAt, Instant resolvedAt) {

	public static final ImpactTimes NONE = new ImpactTimes(null, null, null, null);

	/** From start to detection, or null. */
	public Duration toDetect() {
		return between(this.startedAt, this.detectedAt);
	}

	/** From detection to mitigation, or null. */
	public Duration toMitigate() {
		return between(this.detectedAt, this.mitigatedAt);
	}

	/** From mitigation to resolution, or null. */
	public Duration toResolve() {
		return between(this.mitigatedAt, this.resolvedAt);
	}

	/** From start to resolution, or null. */
	public Duration total() {
		return between(this.startedAt, this.resolvedAt);
	}

	/** A duration as people read it, such as {@code 1h 05m}, or an em dash. */
	public static String format(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long minutes = duration.toMinutes();
		return (minutes >= 60) ? "%dh %02dm".formatted(minutes / 60, minutes % 60)
				: "%dm %02ds".formatted(minutes, duration.toSecondsPart());
	}

	ImpactTimes overriddenBy(ImpactTimes changes) {
		return new ImpactTimes(pick(changes.startedAt, this.startedAt), pick(changes.detectedAt, this.detectedAt),
				pick(changes.mitigatedAt, this.mitigatedAt), pick(changes.resolvedAt, this.resolvedAt));
	}

	private static Instant pick(Instant given, Instant current) {
		return (given != null) ? given : current;
	}

	private static Duration between(Instant from, Instant to) {
		return (from != null && to != null && !to.isBefore(from)) ? Duration.between(from, to) : null;
	}

}
