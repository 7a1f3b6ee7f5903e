package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A team was created.
 *
 * @param team its id
 * @param summary what it is now
 */
@Audited(action = "oncall.team_created", target = "oncall_team")
record TeamCreated(@Audited.Id String team, String summary) implements AuditedChange {
}
