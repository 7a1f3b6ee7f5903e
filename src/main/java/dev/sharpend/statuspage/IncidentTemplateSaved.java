package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An incident template was created or changed. */
@Audited(target = "incident_template")
record IncidentTemplateSaved(PageId page, @Audited.Id String template, String name,
		boolean created) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "statuspage.template.created" : "statuspage.template.updated";
	}

}
