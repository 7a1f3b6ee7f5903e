package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A role was renamed or its permissions changed. */
@Audited(action = "role.changed", target = "role")
record RoleChanged(@Audited.Id RoleId role, String name, String added, String removed) implements AuditedChange {
}
