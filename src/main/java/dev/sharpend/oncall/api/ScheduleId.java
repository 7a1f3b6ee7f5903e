package dev.sharpend.oncall.api;

import java.util.UUID;

/** Identifies a schedule. */
public record ScheduleId(UUID value) {

	public static ScheduleId random() {
		return new ScheduleId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
