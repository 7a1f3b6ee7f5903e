package dev.sharpend.catalog;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * A component or group was created or edited.
 *
 * @param page the page that shows it
 * @param component the component
 * @param name its name
 * @param group whether it is a group
 * @param created whether it is new
 */
@NamedInterface("api")
@Audited(target = "component")
public record ComponentSaved(PageId page, @Audited.Id ComponentId component, String name, boolean group,
		boolean created) implements AuditedChange {

	@Override
	public String action() {
		return (this.group ? "component_group." : "component.") + (this.created ? "created" : "updated");
	}

}
