package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** An access link to a private page was created or revoked. */
record AccessLinkChanged(PageId page, String link, String label, boolean created) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "statuspage.access_link.created" : "statuspage.access_link.revoked";
	}

	@Override
	public String targetType() {
		return "status_page_access_link";
	}

	@Override
	public String targetId() {
		return this.link;
	}

	@Override
	public String summary() {
		return "page=" + this.page.value() + ", label=" + this.label;
	}

}
