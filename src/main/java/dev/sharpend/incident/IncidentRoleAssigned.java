package dev.sharpend.incident;

/**
 * A role was given to someone (the previous holder, if any, handed it over); a null
 * holder leaves it vacant.
 */
record IncidentRoleAssigned(long incident, IncidentRole role, String holder, String previous,
		String by) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.role_assigned";
	}

	@Override
	public String summary() {
		return "role=" + this.role.code() + ", holder=" + this.holder
				+ ((this.previous != null) ? ", previous=" + this.previous : "");
	}

}
