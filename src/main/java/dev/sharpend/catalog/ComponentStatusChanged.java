package dev.sharpend.catalog;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * A component changed status (recorded in its history for uptime).
 *
 * @param page the page that shows it
 * @param component the component
 * @param name its name
 * @param from the status it had
 * @param to the status it has now
 */
@NamedInterface("api")
@Audited(action = "component.status_changed", target = "component")
public record ComponentStatusChanged(PageId page, @Audited.Id ComponentId component, String name, ComponentStatus from,
		ComponentStatus to) implements AuditedChange {
}
