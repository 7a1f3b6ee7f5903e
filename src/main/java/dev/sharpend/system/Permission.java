package dev.sharpend.system;

import java.util.Arrays;
import java.util.Optional;

/**
 * A fine-grained right. Roles bundle permissions; API tokens carry a subset of their
 * owner's. The {@link #code()} is what users see and what the API accepts.
 */
public enum Permission {

	/** Read status pages, components and status incidents, including private pages. */
	STATUSPAGE_READ("statuspage:read"),

	/** Change status pages, components, status incidents and maintenances. */
	STATUSPAGE_WRITE("statuspage:write"),

	/** Read incidents and their timelines. */
	INCIDENT_READ("incident:read"),

	/** Declare, update and resolve incidents. */
	INCIDENT_WRITE("incident:write"),

	/** Read alerts and alert groups. */
	ALERT_READ("alert:read"),

	/** Acknowledge, resolve and silence alerts; configure integrations. */
	ALERT_WRITE("alert:write"),

	/** Send alerts into Sharpend through the intake API. */
	ALERT_INGEST("alert:ingest"),

	/** Read reviews. */
	REVIEW_READ("review:read"),

	/** Write and publish reviews. */
	REVIEW_WRITE("review:write"),

	/** Read the register of providers. */
	PROVIDER_READ("provider:read"),

	/** Change the register of providers. */
	PROVIDER_WRITE("provider:write"),

	/** Read drift insights and digests. */
	INSIGHT_READ("insight:read"),

	/** Read the audit log. */
	AUDIT_READ("audit:read"),

	/** Manage users and roles. */
	USER_ADMIN("user:admin"),

	/** Change installation settings and read operational metrics. */
	SETTINGS_ADMIN("settings:admin");

	private final String code;

	Permission(String code) {
		this.code = code;
	}

	/** The stable name, such as {@code incident:write}. */
	public String code() {
		return this.code;
	}

	public static Optional<Permission> fromCode(String code) {
		return Arrays.stream(values()).filter((p) -> p.code.equals(code)).findFirst();
	}

	@Override
	public String toString() {
		return this.code;
	}

}
