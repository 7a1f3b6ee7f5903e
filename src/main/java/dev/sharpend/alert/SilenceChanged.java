package dev.sharpend.alert;

import dev.sharpend.system.AuditedChange;

/** A silence was created or expired. */
record SilenceChanged(long silence, boolean created, String summary) implements AuditedChange {

	@Override
	public String action() {
		return this.created ? "silence.created" : "silence.expired";
	}

	@Override
	public String targetType() {
		return "silence";
	}

	@Override
	public String targetId() {
		return Long.toString(this.silence);
	}

}
