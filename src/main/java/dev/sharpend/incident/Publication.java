package dev.sharpend.incident;

import java.util.List;
import java.util.Map;

/**
 * A status incident to publish (or update) from an incident.
 *
 * @param pages ids of the status pages to publish on
 * @param title the public title of a status incident opened now (null or blank: the
 * incident's own title); updates to one already open keep theirs
 * @param status the status incident's status code, such as {@code identified} (null:
 * investigating when new, unchanged otherwise)
 * @param body the public update's Markdown text
 * @param componentStatuses component id to status code for components whose status
 * changes now
 */
public record Publication(List<String> pages, String title, String status, String body,
		Map<String, String> componentStatuses) {
}
