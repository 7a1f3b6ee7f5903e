package dev.sharpend.statuspage.web;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.AccessLink;
import dev.sharpend.statuspage.AccessLinks;
import dev.sharpend.statuspage.IncidentTemplates;
import dev.sharpend.statuspage.StatusSnapshots;
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

/** Incident templates and access links of a page, in the editor. */
@Controller
@RequestMapping("/status-pages/{pageId}")
@RequiresPermission(Permission.STATUSPAGE_WRITE)
class PageExtrasController {

	private final IncidentTemplates templates;

	private final AccessLinks links;

	private final StatusSnapshots snapshots;

	private final EditorPage editor;

	PageExtrasController(IncidentTemplates templates, AccessLinks links, StatusSnapshots snapshots, EditorPage editor) {
		this.templates = templates;
		this.links = links;
		this.snapshots = snapshots;
		this.editor = editor;
	}

	@PostMapping({ "/templates", "/templates/{templateId}" })
	String saveTemplate(@PathVariable String pageId, @PathVariable(required = false) String templateId,
			EditorForms.TemplateForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			this.templates.save(page, templateId, new IncidentTemplates.Draft(form.name(), form.title(), form.body(),
					Codes.componentStatus(blankToNull(form.componentStatus()), "template_status")));
			redirect.addFlashAttribute("notice", "The template " + form.name().strip() + " is saved.");
			return "redirect:/status-pages/" + pageId + "#templates";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, (templateId != null) ? "template-" + templateId : "template-new", form,
					ex, model, response);
		}
	}

	@PostMapping("/templates/{templateId}/delete")
	String deleteTemplate(@PathVariable String pageId, @PathVariable String templateId, RedirectAttributes redirect) {
		this.templates.delete(Codes.page(pageId), templateId);
		redirect.addFlashAttribute("notice", "The template is deleted.");
		return "redirect:/status-pages/" + pageId + "#templates";
	}

	@PostMapping("/access-links")
	String createLink(@PathVariable String pageId, @RequestParam(defaultValue = "") String label, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			AccessLink.Created created = this.links.create(page, label);
			String base = this.snapshots.byId(page).map((s) -> s.view().url()).orElse("");
			redirect.addFlashAttribute("newLink", base + "/?access=" + created.token());
			redirect.addFlashAttribute("notice", "The access link for " + created.link().label()
					+ " is created. Copy it now: it is shown only once.");
			return "redirect:/status-pages/" + pageId + "#access";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "link-new", null, ex, model, response);
		}
	}

	@PostMapping("/access-links/{linkId}/revoke")
	String revokeLink(@PathVariable String pageId, @PathVariable String linkId, RedirectAttributes redirect) {
		this.links.revoke(Codes.page(pageId), linkId);
		redirect.addFlashAttribute("notice", "The access link is revoked; it no longer opens the page.");
		return "redirect:/status-pages/" + pageId + "#access";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
