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
 * @param automatic whether Sharpend changed it on its own, following a provider's status
 * page, rather than a person; subscribers are not told of such changes, as only a person
 * decides what our customers hear
 */
@NamedInterface("api")
@Audited(action = "component.status_changed", target = "component")
public record ComponentStatusChanged(PageId page, @Audited.Id ComponentId component, String name, ComponentStatus from,
		ComponentStatus to, boolean automatic) implements AuditedChange {

	/** A change a person made. */
	public ComponentStatusChanged(PageId page, ComponentId component, String name, ComponentStatus from,
			ComponentStatus to) {
		this(page, component, name, from, to, false);
	}

}
