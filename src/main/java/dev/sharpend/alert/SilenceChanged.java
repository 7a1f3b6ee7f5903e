package dev.sharpend.alert;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A silence was created or expired. */
@Audited(target = "silence")
record SilenceChanged(@Audited.Id long silence, boolean created, String summary) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "silence.created" : "silence.expired";
	}

}
