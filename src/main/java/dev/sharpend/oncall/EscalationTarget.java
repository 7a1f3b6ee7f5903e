package dev.sharpend.oncall;

import java.util.UUID;

/**
 * Who an escalation step pages.
 *
 * @param kind a person, a schedule's on-call or a whole team
 * @param id the user, schedule or team id
 */
public record EscalationTarget(TargetKind kind, UUID id) {
}
