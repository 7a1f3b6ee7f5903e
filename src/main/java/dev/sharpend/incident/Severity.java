package dev.sharpend.incident;

/**
 * How bad an incident is. Severities are ordered, worst first.
 *
 * @param code the short name, such as {@code SEV1}
 * @param description what it means, so people pick the same one for the same situation
 */
public record Severity(String code, String description) {
}
