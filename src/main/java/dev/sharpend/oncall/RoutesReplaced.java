package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An integration's routes to escalation policies were replaced.
 *
 * @param integration its id
 * @param summary the routes now, in the order they are tried
 */
@Audited(action = "oncall.routes_replaced", target = "alert_integration")
record RoutesReplaced(@Audited.Id String integration, String summary) implements AuditedChange {
}
