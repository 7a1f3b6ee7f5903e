package dev.sharpend.incident;

import java.util.List;

/**
 * Changes to an incident; null fields stay as they are.
 *
 * @param title a new title
 * @param summary a new summary
 * @param severity a new severity code
 * @param status a new status code
 * @param components the new set of affected component ids
 */
public record IncidentChanges(String title, String summary, String severity, String status, List<String> components) {
}
