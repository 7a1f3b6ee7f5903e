package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A status incident or maintenance was deleted with its updates; component statuses it
 * set stay as they are.
 */
@Audited
record NoticeDeleted(PageId page, @Audited.Id NoticeId notice, NoticeKind kind,
		String name) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance.deleted" : "status_incident.deleted";
	}

	@Override
	public String targetType() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance" : "status_incident";
	}

}
