package dev.sharpend.oncall;

import java.time.Instant;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;

import org.jspecify.annotations.Nullable;

/**
 * What a one-click page link shows: the group as it stands and what the link does.
 *
 * @param group the alert group
 * @param resolve whether the link resolves (rather than acknowledges)
 * @param person who the link acts as
 */
public record PageLinkView(AlertGroup group, boolean resolve, String person) {

	/** Whether the link's action is done already, by anyone. */
	public boolean done() {
		return this.group.status() == AlertGroupStatus.RESOLVED
				|| (!this.resolve && this.group.status() == AlertGroupStatus.ACKNOWLEDGED);
	}

	/** Who acknowledged, if anyone. */
	public @Nullable String acknowledgedBy() {
		return this.group.acknowledgedBy();
	}

	public @Nullable Instant acknowledgedAt() {
		return this.group.acknowledgedAt();
	}

}
