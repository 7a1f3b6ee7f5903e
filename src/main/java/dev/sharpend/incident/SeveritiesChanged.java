package dev.sharpend.incident;

import java.util.List;

import dev.sharpend.system.AuditedChange;

/** The list of incident severities was replaced. */
record SeveritiesChanged(List<String> codes) implements AuditedChange {

	@Override
	public String action() {
		return "incident_severities.changed";
	}

	@Override
	public String targetType() {
		return "incident_severity";
	}

	@Override
	public String targetId() {
		return null;
	}

	@Override
	public String summary() {
		return "codes=" + String.join(",", this.codes);
	}

}
