package dev.sharpend.statuspage;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A component or group was removed from its page. */
@Audited(action = "component.deleted", target = "component")
record ComponentDeleted(PageId page, @Audited.Id ComponentId component,
		String name) implements AuditedChange, PageChange {
}
