package dev.sharpend.incident;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Which incidents to list.
 *
 * @param statuses only these statuses (empty: all)
 * @param severity only this severity code, or null
 * @param offset how many to skip
 * @param limit how many at most
 */
@NamedInterface("api")
public record IncidentFilter(Set<IncidentStatus> statuses, String severity, int offset, int limit) {
}
