package dev.sharpend.alert.web;

import java.time.Instant;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert groups: list, acknowledge, resolve. */
@RestController
@RequestMapping("/api/v1/alert-groups")
class AlertGroupApiController {

	private final AlertGroups groups;

	AlertGroupApiController(AlertGroups groups) {
		this.groups = groups;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	PageOf<GroupResponse> list(@RequestParam(required = false) String status, @Paged PageWindow window) {
		AlertGroupStatus filter = (status != null) ? WireCode.parse(AlertGroupStatus.class, status, "status") : null;
		return PageOf.of(this.groups.list(filter, window.offset(), window.size()), window, this.groups.count(filter))
			.map(GroupResponse::of);
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.ALERT_READ)
	GroupResponse get(@PathVariable String id) {
		return GroupResponse.of(this.groups.require(parse(id)));
	}

	@PostMapping("/{id}/acknowledge")
	@RequiresPermission(Permission.ALERT_WRITE)
	GroupResponse acknowledge(@PathVariable String id, Authentication authentication) {
		return GroupResponse.of(this.groups.acknowledge(parse(id), authentication.getName()));
	}

	@PostMapping("/{id}/resolve")
	@RequiresPermission(Permission.ALERT_WRITE)
	GroupResponse resolve(@PathVariable String id, Authentication authentication) {
		return GroupResponse.of(this.groups.resolve(parse(id), authentication.getName()));
	}

	private static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no alert group " + id + ".");
		}
	}

	/**
	 * An alert group over JSON. {@code openedAt} is when Sharpend opened the group;
	 * {@code startedAt} when its earliest alert began at the source.
	 */
	record GroupResponse(long id, String integrationId, String groupKey, String title, String status, Instant openedAt,
			Instant startedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
			String resolvedBy, int firing, int total, IncidentRef incident) {

		static GroupResponse of(AlertGroup g) {
			return new GroupResponse(g.id(), g.integration().toString(), g.groupKey(), g.title(), g.status().code(),
					g.openedAt(), g.since(), g.updatedAt(), g.acknowledgedAt(), g.acknowledgedBy(), g.resolvedAt(),
					g.resolvedBy(), g.firing(), g.total(), (g.incident() != null)
							? new IncidentRef(g.incident(), "INC-" + g.incident(), g.incidentOpen()) : null);
		}

	}

	/**
	 * The incident that last took the group on.
	 *
	 * @param number its number
	 * @param reference {@code INC-<number>}
	 * @param open whether it is still being responded to
	 */
	record IncidentRef(long number, String reference, boolean open) {
	}

}
