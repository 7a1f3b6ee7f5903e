package dev.sharpend.statuspage.compat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeDraft;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.PageViews;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.UpdateDraft;
import dev.sharpend.statuspage.web.Codes;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compatible subset of the hosted status product's manage API (components and
 * incidents, including scheduled maintenances), so scripts written for it work against
 * Sharpend by changing the base URL. {@code page_id} is the page's id from
 * {@code summary.json}; answers are the v2 objects; errors are {@code {"error": "…"}}.
 */
@RestController
@RequestMapping("/compat/statuspage/v1/pages/{pageId}")
class CompatApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StatusPages pages;

	private final Components components;

	private final StatusNotices notices;

	private final PageViews views;

	CompatApiController(StatusPages pages, Components components, StatusNotices notices, PageViews views) {
		this.pages = pages;
		this.components = components;
		this.notices = notices;
		this.views = views;
	}

	@GetMapping("/components")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	ResponseEntity<String> components(@PathVariable String pageId,
			@RequestParam(name = "page", required = false) Integer number,
			@RequestParam(name = "per_page", required = false) Integer perPage) {
		CompatPaging paging = CompatPaging.of(number, perPage);
		PageId page = Codes.page(pageId);
		V2Documents v2 = new V2Documents(this.views.read(page));
		return json(HttpStatus.OK, paging.of(this.pages.components(page)).stream().map(v2::component).toList());
	}

	@PostMapping("/components")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<String> createComponent(@PathVariable String pageId, @RequestBody JsonNode body) {
		PageId page = Codes.page(pageId);
		Component created = this.pages.createComponent(page,
				CompatRequests.component(CompatRequests.unwrap(body, "component")));
		return json(HttpStatus.CREATED, new V2Documents(this.views.read(page)).component(created));
	}

	@GetMapping("/components/{componentId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	ResponseEntity<String> component(@PathVariable String pageId, @PathVariable String componentId) {
		PageId page = Codes.page(pageId);
		Component component = this.components.require(page, existingComponent(componentId));
		return json(HttpStatus.OK, new V2Documents(this.views.read(page)).component(component));
	}

	/**
	 * Deletes a component, or a group with its members; answers 204 without a body, as
	 * the hosted product does.
	 */
	@DeleteMapping("/components/{componentId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<Void> deleteComponent(@PathVariable String pageId, @PathVariable String componentId) {
		this.components.delete(Codes.page(pageId), existingComponent(componentId));
		return ResponseEntity.noContent().build();
	}

	@RequestMapping(path = "/components/{componentId}", method = { RequestMethod.PATCH, RequestMethod.PUT })
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<String> updateComponent(@PathVariable String pageId, @PathVariable String componentId,
			@RequestBody JsonNode body) {
		PageId page = Codes.page(pageId);
		Component updated = this.components.update(page, existingComponent(componentId),
				CompatRequests.component(CompatRequests.unwrap(body, "component")));
		return json(HttpStatus.OK, new V2Documents(this.views.read(page)).component(updated));
	}

	@GetMapping("/incidents")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	ResponseEntity<String> incidents(@PathVariable String pageId,
			@RequestParam(name = "page", required = false) Integer number,
			@RequestParam(name = "per_page", required = false) Integer perPage) {
		CompatPaging paging = CompatPaging.of(number, perPage);
		PageId page = Codes.page(pageId);
		List<Notice> notices = this.notices.page(page, paging.offset(), paging.perPage());
		V2Documents v2 = new V2Documents(this.views.read(page));
		return json(HttpStatus.OK, notices.stream().map((n) -> incident(v2, n)).toList());
	}

	@PostMapping("/incidents")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<String> createIncident(@PathVariable String pageId, @RequestBody JsonNode body) {
		PageId page = Codes.page(pageId);
		JsonNode i = CompatRequests.unwrap(body, "incident");
		boolean maintenance = CompatRequests.time(i, "scheduled_for") != null;
		NoticeKind kind = maintenance ? NoticeKind.MAINTENANCE : NoticeKind.INCIDENT;
		NoticeStatus status = Objects.requireNonNullElse(Codes.noticeStatus(CompatRequests.text(i, "status")),
				maintenance ? NoticeStatus.SCHEDULED : NoticeStatus.INVESTIGATING);
		Map<ComponentId, ComponentStatus> statuses = CompatRequests.componentStatuses(i);
		String text = CompatRequests.text(i, "body");
		NoticeDraft draft = new NoticeDraft(CompatRequests.text(i, "name"), status,
				Codes.impact(CompatRequests.text(i, "impact_override"), "impact_override"),
				(text != null && !text.isBlank()) ? text : CompatRequests.defaultBody(status), statuses,
				CompatRequests.componentIds(i, statuses), CompatRequests.bool(i, "deliver_notifications"), null,
				maintenance ? CompatRequests.schedule(i, null) : null);
		Notice notice = this.notices.open(page, kind, draft);
		return json(HttpStatus.CREATED, incident(new V2Documents(this.views.read(page)), notice));
	}

	@GetMapping("/incidents/{incidentId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	ResponseEntity<String> incident(@PathVariable String pageId, @PathVariable String incidentId) {
		PageId page = Codes.page(pageId);
		Notice notice = this.notices.require(page, Codes.notice(incidentId));
		return json(HttpStatus.OK, incident(new V2Documents(this.views.read(page)), notice));
	}

	/**
	 * Edits the name, impact and schedule in place; a status, body or component change
	 * posts an update, as the hosted product does.
	 */
	@RequestMapping(path = "/incidents/{incidentId}", method = { RequestMethod.PATCH, RequestMethod.PUT })
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<String> updateIncident(@PathVariable String pageId, @PathVariable String incidentId,
			@RequestBody JsonNode body) {
		PageId page = Codes.page(pageId);
		JsonNode i = CompatRequests.unwrap(body, "incident");
		Notice notice = this.notices.require(page, Codes.notice(incidentId));
		Schedule schedule = (notice.kind() == NoticeKind.MAINTENANCE && CompatRequests.setsSchedule(i))
				? CompatRequests.schedule(i, notice.schedule()) : null;
		notice = this.notices.edit(page, notice.id(), CompatRequests.text(i, "name"), CompatRequests.impactOverride(i),
				(schedule != null && !schedule.equals(notice.schedule())) ? schedule : null, null);
		NoticeStatus status = Codes.noticeStatus(CompatRequests.text(i, "status"));
		String text = CompatRequests.text(i, "body");
		Map<ComponentId, ComponentStatus> statuses = CompatRequests.componentStatuses(i);
		boolean changesStatus = status != null && status != notice.status();
		if (changesStatus || (text != null && !text.isBlank()) || !statuses.isEmpty()) {
			NoticeStatus next = (status != null) ? status : notice.status();
			String updateText = (text != null && !text.isBlank()) ? text
					: (notice.kind() == NoticeKind.MAINTENANCE && changesStatus) ? null
							: CompatRequests.defaultBody(next);
			notice = this.notices.post(page, notice.id(), new UpdateDraft(status, updateText, statuses,
					CompatRequests.bool(i, "deliver_notifications"), null));
		}
		return json(HttpStatus.OK, incident(new V2Documents(this.views.read(page)), notice));
	}

	/**
	 * Deletes an incident or maintenance; answers with what was deleted, as the hosted
	 * product does.
	 */
	@DeleteMapping("/incidents/{incidentId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ResponseEntity<String> deleteIncident(@PathVariable String pageId, @PathVariable String incidentId) {
		PageId page = Codes.page(pageId);
		Notice deleted = this.notices.delete(page, Codes.notice(incidentId));
		return json(HttpStatus.OK, incident(new V2Documents(this.views.read(page)), deleted));
	}

	private static Map<String, Object> incident(V2Documents v2, Notice n) {
		Map<String, Object> doc = v2.notice(n);
		doc.put("impact_override", (n.impactOverride() != null) ? n.impactOverride().code() : null);
		doc.put("postmortem_url", n.postmortemUrl());
		Schedule s = n.schedule();
		if (s != null) {
			doc.put("scheduled_auto_in_progress", s.autoInProgress());
			doc.put("scheduled_auto_completed", s.autoCompleted());
			doc.put("auto_transition_to_maintenance_state", s.autoComponents());
			doc.put("auto_transition_to_operational_state", s.autoComponents());
		}
		return doc;
	}

	private static ComponentId existingComponent(String id) {
		try {
			return new ComponentId(id);
		}
		catch (IllegalArgumentException ex) {
			throw dev.sharpend.system.RequestRejected.notFound("There is no component " + id + ".");
		}
	}

	private static ResponseEntity<String> json(HttpStatus status, Object body) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsString(body));
	}

}
