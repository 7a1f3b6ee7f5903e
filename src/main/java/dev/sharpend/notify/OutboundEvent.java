package dev.sharpend.notify;

import dev.sharpend.system.WireCode;

/** What an outbound webhook can be told about. */
public enum OutboundEvent implements WireCode {

	/** An incident was declared. */
	INCIDENT_DECLARED("incident.declared"),

	/** An incident's status changed (other than to resolved). */
	INCIDENT_STATUS_CHANGED("incident.status_changed"),

	/** An incident's severity changed. */
	INCIDENT_SEVERITY_CHANGED("incident.severity_changed"),

	/** An incident was resolved. */
	INCIDENT_RESOLVED("incident.resolved"),

	/** An alert group opened. */
	ALERT_GROUP_TRIGGERED("alert_group.triggered"),

	/** Someone acknowledged an alert group. */
	ALERT_GROUP_ACKNOWLEDGED("alert_group.acknowledged"),

	/** An alert group resolved, by itself or by hand. */
	ALERT_GROUP_RESOLVED("alert_group.resolved");

	private final String code;

	OutboundEvent(String code) {
		this.code = code;
	}

	/** The name in the payload's {@code event} field and the event filter. */
	@Override
	public String code() {
		return this.code;
	}

}
