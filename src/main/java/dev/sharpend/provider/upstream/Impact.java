package dev.sharpend.provider.upstream;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** How bad a provider says an incident or maintenance is. */
@NamedInterface("api")
public enum Impact implements WireCode {

	/** Informational: nothing is said to be broken. */
	NONE("none", UpstreamStatus.OPERATIONAL),

	/** Some users or functions notice slowness or errors. */
	MINOR("minor", UpstreamStatus.DEGRADED),

	/** A part of the service is unavailable. */
	MAJOR("major", UpstreamStatus.PARTIAL_OUTAGE),

	/** The service, or a large part of it, is unavailable. */
	CRITICAL("critical", UpstreamStatus.MAJOR_OUTAGE),

	/** Planned work. */
	MAINTENANCE("maintenance", UpstreamStatus.MAINTENANCE);

	private final String code;

	private final UpstreamStatus status;

	Impact(String code, UpstreamStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The component status an active event of this impact implies at least. */
	public UpstreamStatus status() {
		return this.status;
	}

	/** The worse of the two, by the status each implies. */
	public Impact worse(Impact other) {
		return (this.status.worse(other.status) == this.status) ? this : other;
	}

}
