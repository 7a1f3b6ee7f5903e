package dev.sharpend.alert;

import java.time.Instant;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/**
 * An alert group resolved: by itself when its last alert resolved, or by hand. Only the
 * latter goes into the audit log.
 *
 * @param group the group
 * @param title its title
 * @param byHand whether a person resolved it
 * @param at when it resolved
 */
@NamedInterface("api")
@Audited(action = "alert_group.resolved", target = "alert_group")
public record AlertGroupResolved(@Audited.Id long group, String title, boolean byHand,
		@Audited.Omit Instant at) implements AuditedChange {

	@Override
	public boolean audited() {
		return this.byHand;
	}

}
