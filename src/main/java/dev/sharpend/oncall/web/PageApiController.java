package dev.sharpend.oncall.web;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.PagingHistory;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The history of pages: who was paged about which group, when and how. */
@RestController
class PageApiController {

	private final PagingHistory history;

	PageApiController(PagingHistory history) {
		this.history = history;
	}

	@GetMapping("/api/v1/pages")
	@RequiresPermission(Permission.ONCALL_READ)
	PageOf<PageResponse> list(@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String user, @Paged PageWindow window) {
		Long groupId = (group != null && !group.isBlank()) ? groupId(group) : null;
		UserId person = (user != null && !user.isBlank()) ? new UserId(OnCallText.uuid("user", user)) : null;
		return this.history.find(groupId, person, window).map(PageResponse::of);
	}

	private static long groupId(String group) {
		try {
			return Long.parseLong(group.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid("group", "group must be an alert group's number, such as 42.");
		}
	}

}
