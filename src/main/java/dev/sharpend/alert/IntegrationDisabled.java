package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An alert source stopped accepting alerts; its key no longer works. */
@Audited(action = "integration.disabled", target = "integration")
record IntegrationDisabled(@Audited.Id UUID integration, String name) implements AuditedChange {
}
