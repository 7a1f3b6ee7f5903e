package dev.sharpend.oncall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.UserId;

/**
 * A stretch of a final schedule with one answer to "who is on call": a person from a
 * layer, a person from an override, or nobody.
 *
 * @param start when it begins
 * @param end when it ends
 * @param user who is on call, null in a gap
 * @param layer the layer's name, null unless from a layer
 * @param source where the answer comes from
 */
public record Slot(Instant start, Instant end, @Nullable UserId user, @Nullable String layer, Source source) {

	/** Where a slot's person comes from. */
	public enum Source {

		/** A rotation's turn, the highest layer with someone. */
		LAYER,

		/** An override taking over the schedule. */
		OVERRIDE,

		/** Nobody: no layer has someone and no override applies. */
		GAP

	}

	static Slot fromLayer(Instant start, Instant end, UserId user, String layer) {
		return new Slot(start, end, user, layer, Source.LAYER);
	}

	static Slot fromOverride(Instant start, Instant end, UserId user) {
		return new Slot(start, end, user, null, Source.OVERRIDE);
	}

	static Slot gap(Instant start, Instant end) {
		return new Slot(start, end, null, null, Source.GAP);
	}

	public boolean isGap() {
		return this.source == Source.GAP;
	}

	boolean covers(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

	boolean continuedBy(Slot next) {
		return this.end.equals(next.start) && this.source == next.source
				&& java.util.Objects.equals(this.user, next.user) && java.util.Objects.equals(this.layer, next.layer);
	}

	Slot until(Instant end) {
		return new Slot(this.start, end, this.user, this.layer, this.source);
	}

}
