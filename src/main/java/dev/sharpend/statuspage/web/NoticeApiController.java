package dev.sharpend.statuspage.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeDraft;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.UpdateDraft;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Status incidents ({@code /incidents}) and maintenances ({@code /maintenances}) of a
 * page, for automation. Both share one shape; maintenances add their schedule.
 */
@RestController
@RequestMapping("/api/v1/status-pages/{pageId}/{kind:incidents|maintenances}")
class NoticeApiController {

	private final StatusNotices notices;

	NoticeApiController(StatusNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	@RequiresPermission(Permission.STATUSPAGE_READ)
	StatusPageApiController.Items<NoticeResponse> list(@PathVariable String pageId, @PathVariable String kind) {
		return new StatusPageApiController.Items<>(
				this.notices.recent(Codes.page(pageId), kind(kind), 100).stream().map(NoticeResponse::of).toList());
	}

	@PostMapping
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	NoticeResponse create(@PathVariable String pageId, @PathVariable String kind, @RequestBody NoticeRequest request) {
		NoticeKind noticeKind = kind(kind);
		return NoticeResponse.of(this.notices.open(Codes.page(pageId), noticeKind, request.toDraft(noticeKind)));
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	NoticeResponse get(@PathVariable String pageId, @PathVariable String kind, @PathVariable String id) {
		return NoticeResponse.of(require(pageId, kind, id));
	}

	@PatchMapping("/{id}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	NoticeResponse edit(@PathVariable String pageId, @PathVariable String kind, @PathVariable String id,
			@RequestBody EditRequest request) {
		Notice notice = require(pageId, kind, id);
		Schedule schedule = (request.scheduledFor() != null || request.scheduledUntil() != null)
				? NoticeRequest.schedule(request.scheduledFor(), request.scheduledUntil(), notice.schedule()) : null;
		return NoticeResponse.of(this.notices.edit(notice.page(), notice.id(), request.name(),
				Codes.impactOverride(request.impactOverride(), "impactOverride"), schedule, request.postmortemUrl()));
	}

	@PostMapping("/{id}/updates")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	NoticeResponse post(@PathVariable String pageId, @PathVariable String kind, @PathVariable String id,
			@RequestBody UpdateRequest request) {
		Notice notice = require(pageId, kind, id);
		return NoticeResponse.of(this.notices.post(notice.page(), notice.id(),
				new UpdateDraft(Codes.noticeStatus(request.status()), request.body(),
						Codes.componentStatuses(request.components(), "components"), request.deliverNotifications(),
						request.displayAt())));
	}

	private Notice require(String pageId, String kind, String id) {
		Notice notice = this.notices.require(Codes.page(pageId), Codes.notice(id));
		if (notice.kind() != kind(kind)) {
			throw RequestRejected.notFound("There is no " + kind.replaceAll("s$", "") + " " + id + " on this page.");
		}
		return notice;
	}

	private static NoticeKind kind(String kind) {
		return "maintenances".equals(kind) ? NoticeKind.MAINTENANCE : NoticeKind.INCIDENT;
	}

	record NoticeRequest(String name, String status, String impactOverride, String body, Map<String, String> components,
			List<String> componentIds, Boolean deliverNotifications, Instant displayAt, Instant scheduledFor,
			Instant scheduledUntil, Boolean autoInProgress, Boolean autoCompleted, Boolean autoComponents) {

		NoticeDraft toDraft(NoticeKind kind) {
			Schedule schedule = null;
			if (kind == NoticeKind.MAINTENANCE) {
				schedule = schedule(this.scheduledFor, this.scheduledUntil, null);
				schedule = new Schedule(schedule.scheduledFor(), schedule.scheduledUntil(),
						!Boolean.FALSE.equals(this.autoInProgress), !Boolean.FALSE.equals(this.autoCompleted),
						!Boolean.FALSE.equals(this.autoComponents));
			}
			return new NoticeDraft(this.name, Codes.noticeStatus(this.status),
					Codes.impact(this.impactOverride, "impactOverride"), this.body,
					Codes.componentStatuses(this.components, "components"),
					Codes.componentIds(this.componentIds, "componentIds"), this.deliverNotifications, this.displayAt,
					schedule);
		}

		static Schedule schedule(Instant from, Instant until, Schedule current) {
			Instant start = (from != null) ? from : (current != null) ? current.scheduledFor() : null;
			Instant end = (until != null) ? until : (current != null) ? current.scheduledUntil() : null;
			if (start == null || end == null) {
				throw RequestRejected.invalid((start == null) ? "scheduledFor" : "scheduledUntil",
						"A maintenance needs scheduledFor and scheduledUntil (ISO-8601 times).");
			}
			return (current != null) ? new Schedule(start, end, current.autoInProgress(), current.autoCompleted(),
					current.autoComponents()) : new Schedule(start, end, true, true, true);
		}

	}

	record UpdateRequest(String status, String body, Map<String, String> components, Boolean deliverNotifications,
			Instant displayAt) {
	}

	record EditRequest(String name, String impactOverride, Instant scheduledFor, Instant scheduledUntil,
			String postmortemUrl) {
	}

	record UpdateResponse(String id, String status, String body, Instant createdAt, Instant displayAt,
			boolean deliverNotifications, List<Map<String, String>> affectedComponents) {

		static UpdateResponse of(NoticeUpdate u) {
			return new UpdateResponse(u.id(), u.status().code(), u.body(), u.createdAt(), u.displayAt(),
					u.deliverNotifications(),
					u.componentChanges()
						.stream()
						.map((c) -> Map.of("componentId", c.component().value(), "name", c.name(), "oldStatus",
								c.oldStatus().code(), "newStatus", c.newStatus().code()))
						.toList());
		}

	}

	record NoticeResponse(String id, String pageId, String kind, String name, String status, String impact,
			String impactOverride, Instant createdAt, Instant updatedAt, Instant startedAt, Instant monitoringAt,
			Instant resolvedAt, Instant scheduledFor, Instant scheduledUntil, Boolean autoInProgress,
			Boolean autoCompleted, Boolean autoComponents, String postmortemUrl, boolean backfilled,
			List<String> componentIds, List<UpdateResponse> updates) {

		static NoticeResponse of(Notice n) {
			Schedule s = n.schedule();
			return new NoticeResponse(n.id().value(), n.page().value(), n.kind().name().toLowerCase(), n.name(),
					n.status().code(), n.impact().code(),
					(n.impactOverride() != null) ? n.impactOverride().code() : null, n.createdAt(), n.updatedAt(),
					n.startedAt(), n.monitoringAt(), n.resolvedAt(), (s != null) ? s.scheduledFor() : null,
					(s != null) ? s.scheduledUntil() : null, (s != null) ? s.autoInProgress() : null,
					(s != null) ? s.autoCompleted() : null, (s != null) ? s.autoComponents() : null, n.postmortemUrl(),
					n.backfilled(), n.affected().keySet().stream().map((id) -> id.value()).toList(),
					n.updates().stream().map(UpdateResponse::of).toList());
		}

	}

}
