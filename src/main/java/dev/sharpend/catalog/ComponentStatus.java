package dev.sharpend.catalog;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** The five statuses of a component, as the hosted status product names them. */
@NamedInterface("api")
public enum ComponentStatus implements WireCode {

	/** Working normally. */
	OPERATIONAL("operational", 0, "Operational"),

	/** Working, but slower or less reliable than normal. */
	DEGRADED_PERFORMANCE("degraded_performance", 2, "Degraded performance"),

	/** Unavailable for some users or some functions. */
	PARTIAL_OUTAGE("partial_outage", 3, "Partial outage"),

	/** Unavailable. */
	MAJOR_OUTAGE("major_outage", 4, "Major outage"),

	/** Deliberately taken down or changed in a scheduled maintenance. */
	UNDER_MAINTENANCE("under_maintenance", 1, "Under maintenance");

	private final String code;

	private final int severity;

	private final String label;

	ComponentStatus(String code, int severity, String label) {
		this.code = code;
		this.severity = severity;
		this.label = label;
	}

	/** The wire name, such as {@code partial_outage}. */
	@Override
	public String code() {
		return this.code;
	}

	/**
	 * How bad it is, for "worst status" comparisons: outages beat maintenance beats
	 * normal.
	 */
	public int severity() {
		return this.severity;
	}

	public String label() {
		return this.label;
	}

	/** The worse of two statuses. */
	public ComponentStatus worse(ComponentStatus other) {
		return (other.severity > this.severity) ? other : this;
	}

}
