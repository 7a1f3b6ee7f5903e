package dev.sharpend.oncall.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.UserId;

/**
 * The answer of one schedule to "who is on call" at an instant.
 *
 * @param schedule the schedule
 * @param scheduleName its name
 * @param user who is on call, null when nobody is
 * @param layer the layer the person comes from, null for an override or nobody
 * @param override whether an override put the person there
 * @param until when the answer changes, null when it does not change within
 * {@link OnCallLookup#HORIZON}
 */
public record OnCall(ScheduleId schedule, String scheduleName, @Nullable UserId user, @Nullable String layer,
		boolean override, @Nullable Instant until) {

	/** Whether nobody is on call on this schedule. */
	public boolean nobody() {
		return this.user == null;
	}

}
