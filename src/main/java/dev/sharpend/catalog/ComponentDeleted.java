package dev.sharpend.catalog;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * A component or group was removed from its page.
 *
 * @param page the page that showed it
 * @param component the component
 * @param name its name
 */
@NamedInterface("api")
@Audited(action = "component.deleted", target = "component")
public record ComponentDeleted(PageId page, @Audited.Id ComponentId component, String name) implements AuditedChange {
}
