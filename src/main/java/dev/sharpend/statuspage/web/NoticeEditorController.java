package dev.sharpend.statuspage.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeDraft;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.UpdateDraft;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening, updating, editing and cancelling status incidents and maintenances. */
@Controller
@RequestMapping("/status-pages/{pageId}")
@RequiresPermission(Permission.STATUSPAGE_WRITE)
class NoticeEditorController {

	private final StatusNotices notices;

	private final StatusPages pages;

	private final EditorPage editor;

	NoticeEditorController(StatusNotices notices, StatusPages pages, EditorPage editor) {
		this.notices = notices;
		this.pages = pages;
		this.editor = editor;
	}

	@PostMapping("/incidents")
	String openIncident(@PathVariable String pageId, EditorForms.IncidentForm form,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			ZoneId zone = zone(page);
			Instant started = EditorForms.time(form.startedAt(), zone, "started_at");
			Map<ComponentId, ComponentStatus> statuses = new LinkedHashMap<>();
			List<ComponentId> unchanged = new ArrayList<>();
			Map<ComponentId, ComponentStatus> chosen = EditorForms.statuses(params);
			for (String raw : (form.affected() != null) ? form.affected() : List.<String>of()) {
				ComponentId id = Codes.component(raw, "components");
				if (chosen.containsKey(id)) {
					statuses.put(id, chosen.get(id));
				}
				else {
					unchanged.add(id);
				}
			}
			NoticeDraft draft = NoticeDraft.incident(form.name(), null, form.body())
				.withImpactOverride(impact(form.impactOverride()))
				.affecting(statuses, unchanged);
			if (started != null) {
				draft = draft.backfilled(started);
			}
			Notice notice = EditorForms.on(form.resolved())
					? this.notices.openResolved(page, draft, EditorForms.time(form.resolvedAt(), zone, "resolved_at"))
					: this.notices.open(page, NoticeKind.INCIDENT, draft);
			redirect.addFlashAttribute("notice", "The status incident " + notice.name() + " is published.");
			return "redirect:/status-pages/" + pageId + "#incidents";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "incident-new", form, ex, model, response);
		}
	}

	@PostMapping("/maintenances")
	String scheduleMaintenance(@PathVariable String pageId, EditorForms.MaintenanceForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Schedule schedule = schedule(page, form.scheduledFor(), form.scheduledUntil(),
					EditorForms.on(form.autoInProgress()), EditorForms.on(form.autoCompleted()),
					EditorForms.on(form.autoComponents()));
			Notice notice = this.notices.open(page, NoticeKind.MAINTENANCE,
					NoticeDraft.maintenance(form.name(), form.body(), schedule)
						.affecting(Map.of(), Codes.componentIds(form.affected(), "components")));
			redirect.addFlashAttribute("notice", "The maintenance " + notice.name() + " is scheduled.");
			return "redirect:/status-pages/" + pageId + "#maintenances";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "maintenance-new", form, ex, model, response);
		}
	}

	@PostMapping("/notices/{noticeId}/updates")
	String post(@PathVariable String pageId, @PathVariable String noticeId, EditorForms.UpdateForm form,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Notice notice = this.notices.post(page, Codes.notice(noticeId),
					UpdateDraft.of(Codes.noticeStatus(blankToNull(form.status())), form.body())
						.changing(EditorForms.statuses(params)));
			redirect.addFlashAttribute("notice", "The update on " + notice.name() + " is published.");
			return "redirect:/status-pages/" + pageId + "#notice-" + noticeId;
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "update-" + noticeId, form, ex, model, response);
		}
	}

	@PostMapping("/notices/{noticeId}")
	String edit(@PathVariable String pageId, @PathVariable String noticeId, EditorForms.NoticeForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Notice notice = this.notices.edit(page, Codes.notice(noticeId), form.name(),
					Codes.impactOverride(blankToNull(form.impactOverride()), "impact_override"), null,
					form.postmortemUrl());
			redirect.addFlashAttribute("notice", notice.name() + " is saved.");
			return "redirect:/status-pages/" + pageId + "#notice-" + noticeId;
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "edit-" + noticeId, form, ex, model, response);
		}
	}

	@PostMapping("/notices/{noticeId}/schedule")
	String reschedule(@PathVariable String pageId, @PathVariable String noticeId, EditorForms.RescheduleForm form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Schedule schedule = schedule(page, form.scheduledFor(), form.scheduledUntil(),
					EditorForms.on(form.autoInProgress()), EditorForms.on(form.autoCompleted()),
					EditorForms.on(form.autoComponents()));
			Notice notice = this.notices.edit(page, Codes.notice(noticeId), null, null, schedule, null);
			redirect.addFlashAttribute("notice", notice.name() + " is rescheduled.");
			return "redirect:/status-pages/" + pageId + "#notice-" + noticeId;
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "schedule-" + noticeId, form, ex, model, response);
		}
	}

	@PostMapping("/notices/{noticeId}/cancel")
	String cancel(@PathVariable String pageId, @PathVariable String noticeId,
			@RequestParam(required = false) String body, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Notice notice = this.notices.cancel(page, Codes.notice(noticeId), body);
			redirect.addFlashAttribute("notice", "The maintenance " + notice.name() + " is cancelled.");
			return "redirect:/status-pages/" + pageId + "#maintenances";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "cancel-" + noticeId, null, ex, model, response);
		}
	}

	private Schedule schedule(PageId page, String from, String until, boolean autoInProgress, boolean autoCompleted,
			boolean autoComponents) {
		ZoneId zone = zone(page);
		Instant start = EditorForms.time(from, zone, "scheduled_for");
		Instant end = EditorForms.time(until, zone, "scheduled_until");
		if (start == null || end == null) {
			throw RequestRejected.invalid((start == null) ? "scheduled_for" : "scheduled_until",
					"Give the start and the end of the maintenance.");
		}
		return new Schedule(start, end, autoInProgress, autoCompleted, autoComponents);
	}

	private ZoneId zone(PageId page) {
		return ZoneId.of(this.pages.require(page).timeZone());
	}

	private static dev.sharpend.statuspage.Impact impact(String code) {
		return Codes.impact(blankToNull(code), "impact_override");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
