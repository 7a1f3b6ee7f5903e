package dev.sharpend.statuspage.metric;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.PageChange;
import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A metric and its values were deleted. */
@Audited(action = "metric.deleted", target = "metric")
record MetricDeleted(PageId page, @Audited.Id MetricId metric, String name) implements AuditedChange, PageChange {
}
