package dev.sharpend.statuspage;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.system.WireCode;

/** How bad a status incident is for users. */
public enum Impact implements WireCode {

	/** No user-visible effect. */
	NONE("none"),

	/** Some users or functions slowed or failing. */
	MINOR("minor"),

	/** Many users affected; part of the service is down. */
	MAJOR("major"),

	/** The service is down. */
	CRITICAL("critical"),

	/** Planned maintenance (only maintenances have it). */
	MAINTENANCE("maintenance");

	private final String code;

	Impact(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The impact as readers see it, such as "Major". */
	public String label() {
		return Character.toUpperCase(this.code.charAt(0)) + this.code.substring(1).replace('_', ' ');
	}

	/** The worse of two incident impacts; null counts as none. */
	Impact worse(Impact other) {
		return (other != null && other.ordinal() > ordinal()) ? other : this;
	}

	/** The impact implied by the worst status among affected components. */
	static Impact of(ComponentStatus worst) {
		return switch (worst) {
			case MAJOR_OUTAGE -> CRITICAL;
			case PARTIAL_OUTAGE -> MAJOR;
			case DEGRADED_PERFORMANCE -> MINOR;
			default -> NONE;
		};
	}

}
