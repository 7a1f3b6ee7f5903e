package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A team's admins changed.
 *
 * @param team its id
 * @param summary who the admins are now
 */
@Audited(action = "oncall.team_admins_changed", target = "oncall_team")
record TeamAdminsChanged(@Audited.Id String team, String summary) implements AuditedChange {
}
