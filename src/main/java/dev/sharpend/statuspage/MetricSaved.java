package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** A metric was created or its settings changed. */
record MetricSaved(PageId page, MetricId metric, String name, String source,
		boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return this.created ? "metric.created" : "metric.updated";
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
		return "name=" + this.name + ", source=" + this.source + ", page=" + this.page;
	}

}
