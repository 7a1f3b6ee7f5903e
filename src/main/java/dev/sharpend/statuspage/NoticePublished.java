package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** A status incident or maintenance was created, or an update was posted on it. */
@NamedInterface("api")
@Audited
public record NoticePublished(PageId page, @Audited.Id NoticeId notice, NoticeKind kind, String name,
		NoticeStatus status, String updateId, boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.kind == NoticeKind.MAINTENANCE ? "maintenance." : "status_incident.")
				+ (this.created ? "created" : "updated");
	}

	@Override
	public String targetType() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance" : "status_incident";
	}

}
