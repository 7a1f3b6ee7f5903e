package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An alert source was configured; its key is never recorded. */
@Audited(action = "integration.created", target = "integration")
record IntegrationCreated(@Audited.Id UUID integration, String name, IntegrationType type) implements AuditedChange {
}
