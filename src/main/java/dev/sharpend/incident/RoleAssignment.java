package dev.sharpend.incident;

import java.time.Instant;

/**
 * One person holding a role for a while.
 *
 * @param role the role
 * @param holder who held it
 * @param assignedAt when they took it
 * @param assignedBy who gave it to them
 * @param endedAt when they handed it over, or null while they hold it
 */
public record RoleAssignment(IncidentRole role, String holder, Instant assignedAt, String assignedBy, Instant endedAt) {
}
