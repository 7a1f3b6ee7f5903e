package dev.sharpend.oncall;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An escalation policy was created.
 *
 * @param policy its id
 * @param summary what it is now
 */
@Audited(action = "oncall.escalation_policy_created", target = "oncall_escalation_policy")
record EscalationPolicyCreated(@Audited.Id String policy, String summary) implements AuditedChange {
}
