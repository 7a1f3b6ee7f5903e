package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An escalation policy's name, team, repeat count or steps changed.
 *
 * @param policy its id
 * @param summary what it is now
 */
@Audited(action = "oncall.escalation_policy_changed", target = "oncall_escalation_policy")
record EscalationPolicyChanged(@Audited.Id String policy, String summary) implements AuditedChange {
}
