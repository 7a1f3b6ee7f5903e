package dev.sharpend.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A component of a page, or a group of components (two levels only).
 *
 * @param id the component id
 * @param page the page it belongs to
 * @param groupId the group it sits in, or null
 * @param group whether this is a group
 * @param name shown name
 * @param description optional help text
 * @param status its current status (a group's is the worst of its members')
 * @param position order on the page, from 1
 * @param showcase whether it is shown on the page
 * @param onlyShowIfDegraded whether it is hidden while operational
 * @param startDate from when uptime is counted, or null
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
@NamedInterface("api")
public record Component(ComponentId id, PageId page, ComponentId groupId, boolean group, String name,
		String description, ComponentStatus status, int position, boolean showcase, boolean onlyShowIfDegraded,
		LocalDate startDate, Instant createdAt, Instant updatedAt) {

	Component withStatus(ComponentStatus status, Instant at) {
		return new Component(this.id, this.page, this.groupId, this.group, this.name, this.description, status,
				this.position, this.showcase, this.onlyShowIfDegraded, this.startDate, this.createdAt, at);
	}

}
