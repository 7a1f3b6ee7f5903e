package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An escalation policy was deleted.
 *
 * @param policy its id
 * @param summary what it was
 */
@Audited(action = "oncall.escalation_policy_deleted", target = "oncall_escalation_policy")
record EscalationPolicyDeleted(@Audited.Id String policy, String summary) implements AuditedChange {
}
