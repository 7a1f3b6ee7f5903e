package dev.sharpend.oncall;

import java.util.UUID;

/**
 * Sends an integration's alert groups to an escalation policy.
 *
 * @param integration the alert integration
 * @param matchers label matchers such as {@code severity=critical,env!=staging}; empty
 * matches every group. Routes are tried in order and the first that matches wins.
 * @param policy the policy that pages
 * @param urgency the urgency of its pages
 */
public record Route(UUID integration, String matchers, PolicyId policy, Urgency urgency) {
}
