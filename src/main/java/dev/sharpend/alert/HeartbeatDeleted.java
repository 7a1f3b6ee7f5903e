package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A heartbeat was removed; its ping key no longer works. */
@Audited(action = "heartbeat.deleted", target = "heartbeat")
record HeartbeatDeleted(@Audited.Id UUID heartbeat, String name) implements AuditedChange {
}
