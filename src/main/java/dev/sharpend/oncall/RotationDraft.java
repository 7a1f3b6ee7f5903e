package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.UserId;

/**
 * A rotation as a caller describes it, checked by {@link Rotations}.
 *
 * @param name how the layer is shown
 * @param layer its rank, or null for above every existing layer (new) or as it was (edit)
 * @param participants the people in turn order
 * @param shiftLength how many units each turn lasts
 * @param shiftUnit {@code hours}, {@code days} or {@code weeks}
 * @param handoff when the first turn begins
 * @param timeZone the IANA zone of the wall clock the handoffs follow
 * @param restrictions the windows the layer is limited to, none for always
 */
public record RotationDraft(@Nullable String name, @Nullable Integer layer, List<UserId> participants, int shiftLength,
		@Nullable String shiftUnit, @Nullable Instant handoff, @Nullable String timeZone, List<Window> restrictions) {

	public RotationDraft {
		participants = List.copyOf(participants);
		restrictions = List.copyOf(restrictions);
	}

	/**
	 * A restriction window as a caller gives it.
	 *
	 * @param days weekday codes {@code mon} … {@code sun}
	 * @param from opening clock time, {@code HH:mm}
	 * @param to closing clock time, {@code HH:mm}; at or before {@code from} runs past
	 * midnight
	 */
	public record Window(List<String> days, @Nullable String from, @Nullable String to) {

		public Window {
			days = List.copyOf(days);
		}

	}

}
