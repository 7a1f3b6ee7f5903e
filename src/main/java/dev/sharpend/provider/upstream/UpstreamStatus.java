package dev.sharpend.provider.upstream;

import java.util.Collection;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** The status of a provider's component, or of the provider as a whole. */
@NamedInterface("api")
public enum UpstreamStatus implements WireCode {

	/** Working normally, as far as the provider says. */
	OPERATIONAL("operational", 0, "Operational"),

	/** Taken down or changed in the provider's scheduled maintenance. */
	MAINTENANCE("maintenance", 1, "Maintenance"),

	/**
	 * The provider's page could not be read or does not say; never taken as operational.
	 */
	UNKNOWN("unknown", 2, "Unknown"),

	/** Working, but slower or less reliable than normal. */
	DEGRADED("degraded", 3, "Degraded"),

	/** Unavailable for some users, regions or functions. */
	PARTIAL_OUTAGE("partial_outage", 4, "Partial outage"),

	/** Unavailable. */
	MAJOR_OUTAGE("major_outage", 5, "Major outage");

	private final String code;

	private final int severity;

	private final String label;

	UpstreamStatus(String code, int severity, String label) {
		this.code = code;
		this.severity = severity;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** How a person reads it, such as {@code Partial outage}. */
	public String label() {
		return this.label;
	}

	/** The more severe of the two; unknown outranks operational and maintenance. */
	public UpstreamStatus worse(UpstreamStatus other) {
		return (other.severity > this.severity) ? other : this;
	}

	/** The most severe of {@code statuses}, operational when there are none. */
	public static UpstreamStatus worst(Collection<UpstreamStatus> statuses) {
		return statuses.stream().reduce(OPERATIONAL, UpstreamStatus::worse);
	}

}
