package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A metric and its values were deleted. */
@Audited(action = "metric.deleted", target = "metric")
record MetricDeleted(PageId page, @Audited.Id MetricId metric, String name) implements AuditedChange, PageChange {
}
