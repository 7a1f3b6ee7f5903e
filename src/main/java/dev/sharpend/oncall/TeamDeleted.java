package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A team was deleted with its schedules.
 *
 * @param team its id
 * @param summary what was removed
 */
@Audited(action = "oncall.team_deleted", target = "oncall_team")
record TeamDeleted(@Audited.Id String team, String summary) implements AuditedChange {
}
