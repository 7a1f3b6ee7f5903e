package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** An incident template was created or changed. */
record IncidentTemplateSaved(PageId page, String template, String name, boolean created) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "statuspage.template.created" : "statuspage.template.updated";
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
