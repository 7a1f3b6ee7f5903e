package dev.sharpend.incident;

import java.time.Instant;

import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;

/**
 * The team's internal response to a problem. Its number is shown as {@code INC-42}.
 *
 * @param number the incident's number
 * @param title a one-line description
 * @param summary what is known, in Markdown
 * @param severity a severity code such as {@code SEV2}
 * @param status where it stands
 * @param declaredAt when it was declared
 * @param declaredBy who declared it
 * @param mitigatedAt when it was last mitigated, or null
 * @param resolvedAt when it was last resolved, or null
 * @param closedAt when it was closed, or null
 * @param updatedAt when it or anything on it last changed
 * @param version goes up with every change to it or anything on it
 */
@NamedInterface("api")
public record Incident(long number, String title, String summary, String severity, IncidentStatus status,
		Instant declaredAt, String declaredBy, Instant mitigatedAt, Instant resolvedAt, Instant closedAt,
		Instant updatedAt, long version) {

	/** The reference people use, such as {@code INC-42}. */
	public String reference() {
		return "INC-" + this.number;
	}

	/**
	 * The incident after moving to {@code next} at {@code at}.
	 * @throws RequestRejected (409) when the move is not allowed from the current status
	 */
	Incident moveTo(IncidentStatus next, Instant at) {
		if (!this.status.next().contains(next)) {
			throw RequestRejected
				.conflict("status", this.reference() + " is " + this.status.code() + "; it can move to "
						+ (this.status.next().isEmpty() ? "nothing else"
								: String.join(" or ", this.status.next().stream().map(IncidentStatus::code).toList()))
						+ ", not " + next.code() + ".");
		}
		return new Incident(this.number, this.title, this.summary, this.severity, next, this.declaredAt,
				this.declaredBy, (next == IncidentStatus.MITIGATED) ? at : this.mitigatedAt,
				(next == IncidentStatus.RESOLVED) ? at : this.resolvedAt,
				(next == IncidentStatus.CLOSED) ? at : this.closedAt, at, this.version);
	}

}
