package dev.sharpend.system;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * A fine-grained right. Roles bundle permissions; API tokens carry a subset of their
 * owner's. The {@link #code()} is what users see and what the API accepts.
 */
public enum Permission implements WireCode {

	/** Read status pages, components and status incidents, including private pages. */
	STATUSPAGE_READ("statuspage:read", "Read status pages, components and status incidents, including private pages."),

	/** Change status pages, components, status incidents and maintenances. */
	STATUSPAGE_WRITE("statuspage:write", "Change status pages, components, status incidents and maintenances."),

	/** Read incidents and their timelines. */
	INCIDENT_READ("incident:read", "Read incidents and their timelines."),

	/** Declare, update and resolve incidents. */
	INCIDENT_WRITE("incident:write", "Declare, update and resolve incidents."),

	/** Read alerts and alert groups. */
	ALERT_READ("alert:read", "Read alerts and alert groups."),

	/** Acknowledge, resolve and silence alerts; configure integrations. */
	ALERT_WRITE("alert:write", "Acknowledge, resolve and silence alerts; configure integrations."),

	/** Send alerts into Sharpend through the intake API. */
	ALERT_INGEST("alert:ingest", "Send alerts into Sharpend through the intake API."),

	/** Read reviews. */
	REVIEW_READ("review:read", "Read reviews."),

	/** Write and publish reviews. */
	REVIEW_WRITE("review:write", "Write and publish reviews."),

	/** Read the register of providers. */
	PROVIDER_READ("provider:read", "Read the register of providers."),

	/** Change the register of providers. */
	PROVIDER_WRITE("provider:write", "Change the register of providers."),

	/** See teams, schedules and who is on call. */
	ONCALL_READ("oncall:read", "See teams, schedules and who is on call."),

	/** Change teams, rotations, schedules and overrides. */
	ONCALL_WRITE("oncall:write", "Change teams, rotations, schedules and overrides."),

	/** Read drift insights and digests. */
	INSIGHT_READ("insight:read", "Read drift insights and digests."),

	/** Read the audit log. */
	AUDIT_READ("audit:read", "Read the audit log."),

	/** Manage users and roles. */
	USER_ADMIN("user:admin", "Manage users and roles."),

	/** Change installation settings and read operational metrics. */
	SETTINGS_ADMIN("settings:admin", "Change installation settings and read operational metrics.");

	private final String code;

	private final String description;

	Permission(String code, String description) {
		this.code = code;
		this.description = description;
	}

	/** The stable name, such as {@code incident:write}. */
	@Override
	public String code() {
		return this.code;
	}

	/** One line on what the permission allows, for people choosing permissions. */
	public String description() {
		return this.description;
	}

	/**
	 * The permissions a caller holds now, read from the authorities the security chain
	 * set; authorities that are no permission (roles, sign-in factors) are left out.
	 * @param authentication the caller, or null when nobody is signed in
	 * @return the permissions, empty for nobody
	 */
	public static Set<Permission> heldBy(Authentication authentication) {
		Set<Permission> held = EnumSet.noneOf(Permission.class);
		if (authentication != null) {
			authentication.getAuthorities()
				.forEach((authority) -> WireCode.find(Permission.class, authority.getAuthority()).ifPresent(held::add));
		}
		return held;
	}

	/** Whether the caller (null for nobody) holds this permission. */
	public boolean isHeldBy(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> this.code.equals(authority.getAuthority()));
	}

	@Override
	public String toString() {
		return this.code;
	}

}
