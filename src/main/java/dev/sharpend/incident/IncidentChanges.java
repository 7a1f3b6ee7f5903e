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

	/** Only a move to the status with this code. */
	public static IncidentChanges status(String code) {
		return new IncidentChanges(null, null, null, code, null);
	}

	/** Only a new set of affected component ids. */
	public static IncidentChanges components(List<String> ids) {
		return new IncidentChanges(null, null, null, null, ids);
	}

}
