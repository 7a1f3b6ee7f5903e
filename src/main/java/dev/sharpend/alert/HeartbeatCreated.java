package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A heartbeat was set up; its ping key is never recorded. */
@Audited(action = "heartbeat.created", target = "heartbeat")
record HeartbeatCreated(@Audited.Id UUID heartbeat, String name, long intervalMinutes, long graceMinutes,
		String watches) implements AuditedChange {
}
