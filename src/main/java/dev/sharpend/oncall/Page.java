package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import dev.sharpend.identity.UserId;

/**
 * One person paged about an alert group by one firing of an escalation step.
 *
 * @param id the page
 * @param group the alert group
 * @param person who was paged
 * @param step the step (from 0)
 * @param round how many times the policy had started over
 * @param at when
 */
record Page(UUID id, long group, UserId person, int step, int round, Instant at) {
}
