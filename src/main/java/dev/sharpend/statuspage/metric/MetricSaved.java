package dev.sharpend.statuspage.metric;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.PageChange;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A metric was created or its settings changed. */
@Audited(target = "metric")
record MetricSaved(PageId page, @Audited.Id MetricId metric, String name, String source,
		boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return this.created ? "metric.created" : "metric.updated";
	}

}
