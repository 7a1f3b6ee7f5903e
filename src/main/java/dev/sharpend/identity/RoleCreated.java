package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A role was created. */
@Audited(action = "role.created", target = "role")
record RoleCreated(@Audited.Id RoleId role, String name, String permissions) implements AuditedChange {
}
