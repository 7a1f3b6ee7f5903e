package dev.sharpend.identity.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Role;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.SharpendProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administration of users: create, invite, change role, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/users")
@RequiresPermission(Permission.USER_ADMIN)
class UsersController {

	private final Accounts accounts;

	private final Roles roles;

	private final SharpendProperties properties;

	UsersController(Accounts accounts, Roles roles, SharpendProperties properties) {
		this.accounts = accounts;
		this.roles = roles;
		this.properties = properties;
	}

	@GetMapping
	String users(Model model) {
		return page(model);
	}

	@PostMapping
	String create(NewUserForm newUserForm, Model model, RedirectAttributes redirect) {
		try {
			User user = this.accounts.create(newUserForm.toNewUser(), "admin");
			redirect.addFlashAttribute("notice", user.email() + " can sign in now with the password you chose.");
			return "redirect:/admin/users";
		}
		catch (RequestRejected ex) {
			model.addAttribute("createErrors", Forms.errors(ex));
			return page(model);
		}
	}

	@PostMapping("/invite")
	String invite(InviteForm inviteForm, Model model, RedirectAttributes redirect) {
		try {
			Accounts.Invitation invitation = this.accounts.invite(inviteForm.toNewUser());
			redirect.addFlashAttribute("invitation",
					new InvitationLink(invitation.user().email(), baseUrl() + "/invitations/" + invitation.token()));
			return "redirect:/admin/users";
		}
		catch (RequestRejected ex) {
			model.addAttribute("inviteErrors", Forms.errors(ex));
			return page(model);
		}
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable String id, @RequestParam(required = false) String role,
			RedirectAttributes redirect) {
		User user = this.accounts.require(userId(id));
		return outcome(redirect, () -> {
			RoleId roleId = roleId(role);
			this.accounts.changeRole(user.id(), roleId);
			return user.email() + " has the role " + this.accounts.roleName(roleId) + " from their next click on.";
		});
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		User user = this.accounts.require(userId(id));
		return outcome(redirect, () -> {
			this.accounts.setActive(user.id(), false, Callers.userId(authentication));
			return user.email() + " is deactivated and signed out; their API tokens stop working.";
		});
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		User user = this.accounts.require(userId(id));
		return outcome(redirect, () -> {
			this.accounts.setActive(user.id(), true, Callers.userId(authentication));
			return user.email() + " can sign in again.";
		});
	}

	/**
	 * Runs a change and reports its outcome, or the guard that refused it, as a notice.
	 */
	private static String outcome(RedirectAttributes redirect, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (RequestRejected ex) {
			if (ex.reason() == RequestRejected.Reason.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	private String page(Model model) {
		List<Role> roles = this.roles.all();
		Map<RoleId, String> names = roles.stream().collect(Collectors.toMap(Role::id, Role::name));
		model.addAttribute("users",
				this.accounts.users()
					.stream()
					.map((u) -> new UserRow(u.id().toString(), u.displayName(), u.email(), u.roleId().toString(),
							names.getOrDefault(u.roleId(), "?"), u.active(), u.passwordHash() == null,
							Forms.show(u.lastLoginAt())))
					.toList());
		model.addAttribute("roles", roles);
		Forms.addIfAbsent(model, "newUserForm", NewUserForm.empty());
		Forms.addIfAbsent(model, "inviteForm", InviteForm.empty());
		Forms.addIfAbsent(model, "createErrors", Map.of());
		Forms.addIfAbsent(model, "inviteErrors", Map.of());
		return "identity/users";
	}

	private String baseUrl() {
		if (StringUtils.hasText(this.properties.baseUrl())) {
			return this.properties.publicUrl(0);
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static UserId userId(String id) {
		try {
			return new UserId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no such user.");
		}
	}

	private static RoleId roleId(String role) {
		try {
			return RoleId.of(role);
		}
		catch (RuntimeException ex) {
			throw RequestRejected.invalid("role", "Choose one of the roles.");
		}
	}

	record NewUserForm(String email, String displayName, String password, String role) {

		static NewUserForm empty() {
			return new NewUserForm(null, null, null, null);
		}

		Accounts.NewUser toNewUser() {
			return new Accounts.NewUser(this.email, this.displayName, this.password, roleId(this.role));
		}

	}

	record InviteForm(String email, String displayName, String role) {

		static InviteForm empty() {
			return new InviteForm(null, null, null);
		}

		Accounts.NewUser toNewUser() {
			return new Accounts.NewUser(this.email, this.displayName, null, roleId(this.role));
		}

	}

	/**
	 * The one-time link for an invited user, shown once to hand over.
	 *
	 * @param email who it is for
	 * @param url the link
	 */
	record InvitationLink(String email, String url) implements Serializable {
	}

	record UserRow(String id, String name, String email, String roleId, String role, boolean active, boolean noPassword,
			String lastLogin) {
	}

}
