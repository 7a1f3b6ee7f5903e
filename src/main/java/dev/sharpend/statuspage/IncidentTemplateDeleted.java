package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An incident template was deleted. */
@Audited(action = "statuspage.template.deleted", target = "incident_template")
record IncidentTemplateDeleted(PageId page, @Audited.Id String template, String name) implements AuditedChange {
}
