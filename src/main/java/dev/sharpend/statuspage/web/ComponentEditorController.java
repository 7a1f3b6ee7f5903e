package dev.sharpend.statuspage.web;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentSettings;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Components and groups in the editor. Each form posts and redirects; with htmx a status
 * change swaps just its row.
 */
@Controller
@RequestMapping("/status-pages/{pageId}/components")
@RequiresPermission(Permission.STATUSPAGE_WRITE)
class ComponentEditorController {

	private final StatusPages pages;

	private final Components components;

	private final EditorPage editor;

	ComponentEditorController(StatusPages pages, Components components, EditorPage editor) {
		this.pages = pages;
		this.components = components;
		this.editor = editor;
	}

	@PostMapping
	String add(@PathVariable String pageId, EditorForms.ComponentForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		try {
			Component created = this.pages.createComponent(page,
					new ComponentSettings(form.name(), form.description(), group(form.groupId()), false,
							EditorForms.on(form.group()), form.position(), !EditorForms.on(form.hidden()),
							EditorForms.on(form.onlyShowIfDegraded()), null, null));
			redirect.addFlashAttribute("notice",
					(created.group() ? "The group " : "The component ") + created.name() + " is added.");
			return "redirect:/status-pages/" + pageId + "#components";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "component-new", form, ex, model, response);
		}
	}

	@PostMapping("/{componentId}")
	String save(@PathVariable String pageId, @PathVariable String componentId, EditorForms.ComponentForm form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		ComponentId id = Codes.component(componentId, "component");
		try {
			boolean ungroup = form.groupId() == null || form.groupId().isBlank();
			Component saved = this.components.update(page, id,
					new ComponentSettings(form.name(), (form.description() != null) ? form.description() : "",
							group(form.groupId()), ungroup, null, form.position(), !EditorForms.on(form.hidden()),
							EditorForms.on(form.onlyShowIfDegraded()), null, null));
			redirect.addFlashAttribute("notice", saved.name() + " is saved.");
			return "redirect:/status-pages/" + pageId + "#components";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "component-" + componentId, form, ex, model, response);
		}
	}

	@PostMapping("/{componentId}/status")
	String status(@PathVariable String pageId, @PathVariable String componentId, @RequestParam String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PageId page = Codes.page(pageId);
		ComponentId id = Codes.component(componentId, "component");
		try {
			Component saved = this.components.update(page, id, new ComponentSettings(null, null, null, false, null,
					null, null, null, null, Codes.componentStatus(status, "status")));
			if (htmx != null) {
				model.addAttribute("c", saved);
				model.addAttribute("statuses", ComponentStatus.values());
				model.addAttribute("pageId", pageId);
				model.addAttribute("saved", true);
				return "statuspage/editor-components :: statusForm";
			}
			redirect.addFlashAttribute("notice",
					saved.name() + " is now " + saved.status().label().toLowerCase() + ".");
			return "redirect:/status-pages/" + pageId + "#components";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(page, "component-" + componentId, null, ex, model, response);
		}
	}

	@PostMapping("/{componentId}/delete")
	String delete(@PathVariable String pageId, @PathVariable String componentId, RedirectAttributes redirect) {
		PageId page = Codes.page(pageId);
		ComponentId id = Codes.component(componentId, "component");
		String name = this.components.require(page, id).name();
		this.components.delete(page, id);
		redirect.addFlashAttribute("notice", name + " is deleted.");
		return "redirect:/status-pages/" + pageId + "#components";
	}

	private static ComponentId group(String id) {
		return (id != null && !id.isBlank()) ? Codes.component(id, "group_id") : null;
	}

}
