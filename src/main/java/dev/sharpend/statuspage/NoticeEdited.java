package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A notice's name, impact, schedule or postmortem link was edited without a new update.
 */
@Audited
record NoticeEdited(PageId page, @Audited.Id NoticeId notice, NoticeKind kind,
		String changes) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance.edited" : "status_incident.edited";
	}

	@Override
	public String targetType() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance" : "status_incident";
	}

	@Override
	public String summary() {
		return this.changes;
	}

}
