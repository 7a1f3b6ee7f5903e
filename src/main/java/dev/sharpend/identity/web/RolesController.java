package dev.sharpend.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.sharpend.identity.Role;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of roles and the permissions they bundle. */
@Controller
@RequestMapping("/admin/roles")
@RequiresPermission(Permission.USER_ADMIN)
class RolesController {

	private static final List<Permission> ALL = List.of(Permission.values());

	private final Roles roles;

	RolesController(Roles roles) {
		this.roles = roles;
	}

	@GetMapping
	String roles(Model model) {
		return listPage(new RoleForm(null, null, List.of()), Map.of(), model);
	}

	@PostMapping
	String create(RoleForm form, Model model, RedirectAttributes redirect) {
		try {
			Role role = this.roles.create(form.name(), form.description(), Forms.permissions(form.permissions()));
			redirect.addFlashAttribute("notice", "The role " + role.name() + " is created.");
			return "redirect:/admin/roles";
		}
		catch (RequestRejected ex) {
			return listPage(form, Forms.errors(ex), model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String id, Model model) {
		Role role = this.roles.require(roleId(id));
		return editPage(role, new RoleForm(role.name(), role.description(), Forms.codes(role.permissions())), Map.of(),
				model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, RoleForm form, Model model, RedirectAttributes redirect) {
		Role role = this.roles.require(roleId(id));
		try {
			Role updated = this.roles.update(role.id(), form.name(), form.description(),
					Forms.permissions(form.permissions()));
			redirect.addFlashAttribute("notice", "The role " + updated.name()
					+ " is saved; its users have the new permissions from their next click.");
			return "redirect:/admin/roles";
		}
		catch (RequestRejected ex) {
			return editPage(role, form, Forms.errors(ex), model);
		}
	}

	private String listPage(RoleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("roles", this.roles.all().stream().map(RoleRow::of).toList());
		formModel(form, errors, model);
		return "identity/roles";
	}

	private String editPage(Role role, RoleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("role", RoleRow.of(role));
		formModel(form, errors, model);
		return "identity/role";
	}

	private static void formModel(RoleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("roleForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("permissionOptions", Forms.options(ALL, form.permissions()));
	}

	private static RoleId roleId(String id) {
		try {
			return new RoleId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no such role.");
		}
	}

	record RoleForm(String name, String description, List<String> permissions) {
	}

	record RoleRow(String id, String name, String description, boolean builtin, List<String> permissions) {

		static RoleRow of(Role role) {
			return new RoleRow(role.id().toString(), role.name(), role.description(), role.builtin(),
					Forms.codes(role.permissions()));
		}

	}

}
