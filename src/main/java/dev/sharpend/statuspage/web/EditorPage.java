package dev.sharpend.statuspage.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.AccessLinks;
import dev.sharpend.statuspage.IncidentTemplate;
import dev.sharpend.statuspage.IncidentTemplates;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.web.Rejections;

import org.springframework.ui.Model;

/**
 * Fills the model of the status page editor: one page with every form, each prefilled
 * from the page or, when it was the form rejected, from what was sent.
 */
@org.springframework.stereotype.Component
class EditorPage {

	static final String VIEW = "statuspage/editor";

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((z) -> z.contains("/") && !z.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final StatusPages pages;

	private final StatusNotices notices;

	private final IncidentTemplates templates;

	private final AccessLinks links;

	private final StatusSnapshots snapshots;

	EditorPage(StatusPages pages, StatusNotices notices, IncidentTemplates templates, AccessLinks links,
			StatusSnapshots snapshots) {
		this.pages = pages;
		this.notices = notices;
		this.templates = templates;
		this.links = links;
		this.snapshots = snapshots;
	}

	String show(PageId id, String templateId, Model model) {
		StatusPage page = this.pages.require(id);
		ZoneId zone = ZoneId.of(page.timeZone());
		List<Component> components = this.pages.components(id);
		List<IncidentTemplate> templates = this.templates.all(id);
		IncidentTemplate chosen = templates.stream().filter((t) -> t.id().equals(templateId)).findFirst().orElse(null);
		model.addAttribute("page", page);
		model.addAttribute("pageId", id.value());
		model.addAttribute("publicUrl", this.snapshots.byId(id).map((s) -> s.view().url()).orElse(null));
		model.addAttribute("overall",
				this.snapshots.byId(id).map((PageSnapshot s) -> s.view().overall().description()).orElse(""));
		model.addAttribute("zones", ZONES);
		model.addAttribute("fmt", new Formats(zone));
		model.addAttribute("statuses", ComponentStatus.values());
		model.addAttribute("tree", ComponentRow.tree(components));
		model.addAttribute("groups", components.stream().filter(Component::group).toList());
		model.addAttribute("leaves", components.stream().filter((c) -> !c.group()).toList());
		List<Notice> incidents = this.notices.recent(id, NoticeKind.INCIDENT, 50);
		List<Notice> maintenances = this.notices.recent(id, NoticeKind.MAINTENANCE, 50);
		model.addAttribute("openIncidents",
				rows(incidents.stream().filter((n) -> !n.status().closed()), components, zone));
		model.addAttribute("openMaintenances",
				rows(maintenances.stream()
					.filter((n) -> !n.status().closed())
					.sorted(Comparator.comparing((Notice n) -> n.schedule().scheduledFor())), components, zone));
		model.addAttribute("closedIncidents",
				rows(incidents.stream().filter((n) -> n.status().closed()).limit(10), components, zone));
		model.addAttribute("templates", templates);
		model.addAttribute("chosenTemplate", chosen);
		model.addAttribute("accessLinks", this.links.all(id));
		defaults(model, page, chosen);
		return VIEW;
	}

	/** Shows the editor again with the rejected form's message beside its field. */
	String rejected(PageId id, String form, Object submitted, RequestRejected ex, Model model,
			HttpServletResponse response) {
		if (ex.reason() == RequestRejected.Reason.NOT_FOUND || ex.reason() == RequestRejected.Reason.FORBIDDEN) {
			throw ex;
		}
		response.setStatus(Rejections.status(ex).value());
		model.addAttribute("errors", FormErrors.of(form, ex));
		model.addAttribute("submitted", submitted);
		String formAttribute = switch (form) {
			case "settings" -> "settings";
			case "component-new" -> "componentForm";
			case "incident-new" -> "incidentForm";
			case "maintenance-new" -> "maintenanceForm";
			case "template-new" -> "templateForm";
			default -> null;
		};
		if (formAttribute != null) {
			model.addAttribute(formAttribute, submitted);
		}
		return show(id, null, model);
	}

	private static void defaults(Model model, StatusPage page, IncidentTemplate chosen) {
		addIfAbsent(model, "errors", FormErrors.NONE);
		addIfAbsent(model, "settings", EditorForms.SettingsForm.of(page));
		addIfAbsent(model, "componentForm", new EditorForms.ComponentForm(null, null, null, null, false, false, false));
		addIfAbsent(model, "incidentForm", (chosen != null) ? new EditorForms.IncidentForm(chosen.id(), chosen.title(),
				null, chosen.body(), List.of(), null, false, null) : EditorForms.IncidentForm.empty());
		addIfAbsent(model, "incidentStatus",
				(chosen != null && chosen.componentStatus() != null) ? chosen.componentStatus().code() : "");
		addIfAbsent(model, "maintenanceForm", EditorForms.MaintenanceForm.empty());
		addIfAbsent(model, "templateForm", new EditorForms.TemplateForm(null, null, null, null));
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static List<NoticeRow> rows(java.util.stream.Stream<Notice> notices, List<Component> components,
			ZoneId zone) {
		return notices.map((n) -> NoticeRow.of(n, components, zone)).toList();
	}

	/** Formatting for the editor's templates, in the page's time zone. */
	static final class Formats {

		private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("MMM d, yyyy, HH:mm z", java.util.Locale.ENGLISH);

		private final ZoneId zone;

		Formats(ZoneId zone) {
			this.zone = zone;
		}

		public String time(java.time.Instant instant) {
			return (instant != null) ? TIME.format(instant.atZone(this.zone)) : "";
		}

		public String markdown(String text) {
			return dev.sharpend.system.Markdown.toSafeHtml(text);
		}

		/** "1 update", "3 updates". */
		public String count(int n, String noun) {
			return n + " " + noun + ((n == 1) ? "" : "s");
		}

	}

	/**
	 * A component or group with its members, as the editor lists them.
	 *
	 * @param component the component
	 * @param members a group's members, by position
	 */
	record ComponentRow(Component component, List<Component> members) {

		static List<ComponentRow> tree(List<Component> components) {
			List<ComponentRow> rows = new ArrayList<>();
			components.stream()
				.filter((c) -> c.groupId() == null)
				.sorted(Comparator.comparingInt(Component::position))
				.forEach((c) -> rows.add(new ComponentRow(c,
						components.stream()
							.filter((m) -> c.id().equals(m.groupId()))
							.sorted(Comparator.comparingInt(Component::position))
							.toList())));
			return rows;
		}

	}

	/**
	 * A status incident or maintenance with what its forms need.
	 *
	 * @param notice the notice
	 * @param affected names of the components it affects
	 * @param statuses the statuses an update may give it
	 * @param scheduledFor its start in the page's zone, for the reschedule form
	 * @param scheduledUntil its end in the page's zone
	 */
	record NoticeRow(Notice notice, List<String> affected, List<NoticeStatus> statuses, String scheduledFor,
			String scheduledUntil) {

		static NoticeRow of(Notice n, List<Component> components, ZoneId zone) {
			List<String> names = components.stream()
				.filter((c) -> n.affected().containsKey(c.id()))
				.map(Component::name)
				.toList();
			List<NoticeStatus> statuses = java.util.Arrays.stream(NoticeStatus.values())
				.filter((s) -> s.kind() == n.kind())
				.toList();
			return new NoticeRow(n, names, statuses,
					(n.schedule() != null) ? EditorForms.local(n.schedule().scheduledFor(), zone) : null,
					(n.schedule() != null) ? EditorForms.local(n.schedule().scheduledUntil(), zone) : null);
		}

	}

}
