package dev.sharpend.statuspage;

import dev.sharpend.catalog.ComponentStatus;

import org.springframework.modulith.NamedInterface;

/**
 * A page's overall status, as shown in its banner and in {@code status.json}.
 *
 * @param indicator none, minor, major, critical or maintenance
 * @param description the sentence the hosted product uses for it
 */
@NamedInterface("api")
public record Overall(String indicator, String description) {

	static final Overall OPERATIONAL = new Overall("none", "All Systems Operational");

	static final Overall MAINTENANCE = new Overall("maintenance", "Service Under Maintenance");

	static final Overall DEGRADED = new Overall("minor", "Partially Degraded Service");

	static final Overall MINOR_OUTAGE = new Overall("minor", "Minor Service Outage");

	static final Overall PARTIAL_OUTAGE = new Overall("major", "Partial System Outage");

	static final Overall MAJOR_OUTAGE = new Overall("critical", "Major System Outage");

	int rank() {
		return switch (this.indicator) {
			case "critical" -> 4;
			case "major" -> 3;
			case "minor" -> 2;
			case "maintenance" -> 1;
			default -> 0;
		};
	}

	static Overall of(ComponentStatus worst) {
		return switch (worst) {
			case MAJOR_OUTAGE -> MAJOR_OUTAGE;
			case PARTIAL_OUTAGE -> PARTIAL_OUTAGE;
			case DEGRADED_PERFORMANCE -> DEGRADED;
			case UNDER_MAINTENANCE -> MAINTENANCE;
			default -> OPERATIONAL;
		};
	}

	static Overall of(Impact impact) {
		return switch (impact) {
			case CRITICAL -> MAJOR_OUTAGE;
			case MAJOR -> PARTIAL_OUTAGE;
			case MINOR -> MINOR_OUTAGE;
			default -> OPERATIONAL;
		};
	}

	Overall worse(Overall other) {
		return (other.rank() > rank()) ? other : this;
	}

}
