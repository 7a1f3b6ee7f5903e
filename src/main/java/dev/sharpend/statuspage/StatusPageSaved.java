package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** A status page was created or its settings changed. */
record StatusPageSaved(PageId page, String name, String slug, boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return this.created ? "statuspage.created" : "statuspage.updated";
	}

	@Override
	public String targetType() {
		return "status_page";
	}

	@Override
	public String targetId() {
		return this.page.value();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", slug=" + this.slug;
	}

}
