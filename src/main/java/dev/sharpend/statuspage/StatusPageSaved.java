package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A status page was created or its settings changed. */
@Audited(target = "status_page")
record StatusPageSaved(@Audited.Id PageId page, String name, String slug,
		boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return this.created ? "statuspage.created" : "statuspage.updated";
	}

}
