package dev.sharpend.provider.upstream;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where a provider's incident or maintenance stands, as its page says. */
@NamedInterface("api")
public enum EventState implements WireCode {

	/** The provider is looking for the cause. */
	INVESTIGATING("investigating", true),

	/** The provider knows the cause and is working on a fix. */
	IDENTIFIED("identified", true),

	/** A fix is in place and the provider is watching the results. */
	MONITORING("monitoring", true),

	/** Open, but the format has no finer state (feeds, Google Cloud, AWS, Azure). */
	ONGOING("ongoing", true),

	/** Over for incidents. */
	RESOLVED("resolved", false),

	/** Maintenance announced, not yet started. */
	SCHEDULED("scheduled", false),

	/** Maintenance under way. */
	IN_PROGRESS("in_progress", true),

	/** Maintenance over. */
	COMPLETED("completed", false);

	private final String code;

	private final boolean active;

	EventState(String code, boolean active) {
		this.code = code;
		this.active = active;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** Whether the event affects the provider now (not scheduled, not over). */
	public boolean isActive() {
		return this.active;
	}

}
