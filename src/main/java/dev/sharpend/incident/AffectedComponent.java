package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

/**
 * A status page component an incident affects.
 *
 * @param page the status page's id
 * @param component the component's id
 */
@NamedInterface("api")
public record AffectedComponent(String page, String component) {
}
