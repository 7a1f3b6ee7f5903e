package dev.sharpend.incident;

/**
 * A status page component an incident affects.
 *
 * @param page the status page's id
 * @param component the component's id
 */
public record AffectedComponent(String page, String component) {
}
