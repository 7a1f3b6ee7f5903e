package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A heartbeat's name, interval, grace or watched alert changed. */
@Audited(action = "heartbeat.changed", target = "heartbeat")
record HeartbeatChanged(@Audited.Id UUID heartbeat, String name, long intervalMinutes, long graceMinutes,
		String watches) implements AuditedChange {
}
