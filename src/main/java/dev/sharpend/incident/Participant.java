package dev.sharpend.incident;

import java.time.Instant;

/**
 * Someone taking part in an incident's response.
 *
 * @param person their e-mail address or name
 * @param joinedAt when they joined
 */
public record Participant(String person, Instant joinedAt) {
}
