package dev.sharpend.incident;

import java.util.List;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** The list of incident severities was replaced. */
@Audited(action = "incident_severities.changed", target = "incident_severity")
record SeveritiesChanged(List<String> codes) implements AuditedChange {
}
