package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** An incident template was deleted. */
record IncidentTemplateDeleted(PageId page, String template, String name) implements AuditedChange {

	@Override
	public String action() {
		return "statuspage.template.deleted";
	}

	@Override
	public String targetType() {
		return "incident_template";
	}

	@Override
	public String targetId() {
		return this.template;
	}

	@Override
	public String summary() {
		return "page=" + this.page.value() + ", name=" + this.name;
	}

}
