package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An access link to a private page was created or revoked. */
@Audited(target = "status_page_access_link")
record AccessLinkChanged(PageId page, @Audited.Id String link, String label, boolean created) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "statuspage.access_link.created" : "statuspage.access_link.revoked";
	}

}
