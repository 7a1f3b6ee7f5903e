package dev.sharpend.alert;

import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * An alert group resolved: by itself when its last alert resolved, or by hand. Only the
 * latter goes into the audit log.
 *
 * @param group the group
 * @param title its title
 * @param byHand whether a person resolved it
 */
@NamedInterface("api")
public record AlertGroupResolved(long group, String title, boolean byHand) implements AuditedChange {

	@Override
	public String action() {
		return "alert_group.resolved";
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
		return "title=" + this.title;
	}

	@Override
	public boolean audited() {
		return this.byHand;
	}

}
