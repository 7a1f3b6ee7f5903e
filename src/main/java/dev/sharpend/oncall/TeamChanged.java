package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A team was renamed, moved to another zone or had its members changed.
 *
 * @param team its id
 * @param summary what it is now
 */
@Audited(action = "oncall.team_changed", target = "oncall_team")
record TeamChanged(@Audited.Id String team, String summary) implements AuditedChange {
}
