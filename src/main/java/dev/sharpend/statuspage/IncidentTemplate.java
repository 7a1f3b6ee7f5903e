package dev.sharpend.statuspage;

import java.time.Instant;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Markdown;

/**
 * Prepared words for a status incident, picked when opening one so that the first update
 * reads the same every time.
 *
 * @param id the template id
 * @param page the page it belongs to
 * @param name what editors see in the list
 * @param title the status incident's name
 * @param body the first update's Markdown text
 * @param componentStatus the status affected components take by default, or null
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record IncidentTemplate(String id, PageId page, String name, String title, String body,
		ComponentStatus componentStatus, Instant createdAt, Instant updatedAt) {
}
