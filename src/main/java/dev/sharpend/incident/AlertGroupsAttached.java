package dev.sharpend.incident;

import java.util.List;

/** Alert groups were attached to an incident. */
record AlertGroupsAttached(long incident, List<Long> groups, String by) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.alert_groups_attached";
	}

	@Override
	public String summary() {
		return "groups=" + this.groups;
	}

}
