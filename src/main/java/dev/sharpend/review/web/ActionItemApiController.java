package dev.sharpend.review.web;

import java.time.LocalDate;

import dev.sharpend.review.ActionFilter;
import dev.sharpend.review.ActionStatus;
import dev.sharpend.review.ReviewParts;
import dev.sharpend.review.web.ReviewApiRecords.ActionResponse;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action items across all reviews. */
@RestController
@RequestMapping("/api/v1/action-items")
class ActionItemApiController {

	private final ReviewParts parts;

	ActionItemApiController(ReviewParts parts) {
		this.parts = parts;
	}

	@GetMapping
	@RequiresPermission(Permission.REVIEW_READ)
	PageOf<ActionResponse> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) boolean overdue,
			@Paged PageWindow window, Authentication caller) {
		LocalDate today = this.parts.today();
		return PageOf.slice(this.parts.actions(filter(status, owner, overdue), Callers.viewer(caller)), window)
			.map((a) -> ActionResponse.of(a, today));
	}

	static ActionFilter filter(String status, String owner, boolean overdue) {
		ActionStatus wanted = (status == null || status.isBlank()) ? null
				: WireCode.parse(ActionStatus.class, status, "status");
		return new ActionFilter(wanted, (owner == null || owner.isBlank()) ? null : owner.strip(), overdue);
	}

}
