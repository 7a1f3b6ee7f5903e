package dev.sharpend.alert;

import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** Someone took an alert group. */
@NamedInterface("api")
public record AlertGroupAcknowledged(long group, String title, String by) implements AuditedChange {

	@Override
	public String action() {
		return "alert_group.acknowledged";
	}

	@Override
	public String targetType() {
		return "alert_group";
	}

	@Override
	public String targetId() {
		return Long.toString(this.group);
	}

	@Override
	public String summary() {
		return "title=" + this.title + ", by=" + this.by;
	}

}
