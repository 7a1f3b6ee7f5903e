package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** A status incident or maintenance was created, or an update was posted on it. */
@NamedInterface("api")
public record NoticePublished(PageId page, NoticeId notice, NoticeKind kind, String name, NoticeStatus status,
		String updateId, boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.kind == NoticeKind.MAINTENANCE ? "maintenance." : "status_incident.")
				+ (this.created ? "created" : "updated");
	}

	@Override
	public String targetType() {
		return (this.kind == NoticeKind.MAINTENANCE) ? "maintenance" : "status_incident";
	}

	@Override
	public String targetId() {
		return this.notice.value();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", status=" + this.status.code();
	}

}
