package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** A metric and its values were deleted. */
record MetricDeleted(PageId page, MetricId metric, String name) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return "metric.deleted";
	}

	@Override
	public String targetType() {
		return "metric";
	}

	@Override
	public String targetId() {
		return this.metric.value();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", page=" + this.page;
	}

}
