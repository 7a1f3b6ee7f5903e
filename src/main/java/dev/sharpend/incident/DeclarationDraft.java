package dev.sharpend.incident;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What the declare form starts with when an incident is declared from alert groups.
 *
 * @param title the alert rule of the first group, in words
 * @param severity the severity the alerts' {@code severity} labels map to, or the least
 * severe when none maps
 * @param labels the {@code severity} labels the alerts carry, to show what it came from
 */
@NamedInterface("api")
public record DeclarationDraft(String title, String severity, List<String> labels) {
}
