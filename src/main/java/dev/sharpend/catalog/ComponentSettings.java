package dev.sharpend.catalog;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What an editor sets on a component; null fields keep their current value (or take the
 * default on creation).
 *
 * @param name shown name
 * @param description help text ("" to clear)
 * @param groupId the group to put it in ("" as id value is not allowed; use
 * {@code ungroup})
 * @param ungroup take it out of its group
 * @param group whether it is a group (creation only)
 * @param position order on the page
 * @param showcase shown on the page
 * @param onlyShowIfDegraded hidden while operational
 * @param startDate from when uptime counts
 * @param status its status
 */
@NamedInterface("api")
public record ComponentSettings(String name, String description, ComponentId groupId, boolean ungroup, Boolean group,
		Integer position, Boolean showcase, Boolean onlyShowIfDegraded, LocalDate startDate, ComponentStatus status) {
}
