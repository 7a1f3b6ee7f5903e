package dev.sharpend.oncall.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.TeamAdmins;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The roles section of a team's page: each member is an admin or a member, set with one
 * check box per member.
 */
@Controller
class TeamRoles {

	private final TeamAdmins admins;

	private final Accounts accounts;

	TeamRoles(TeamAdmins admins, Accounts accounts) {
		this.admins = admins;
		this.accounts = accounts;
	}

	void addTo(ModelAndView view, Team team) {
		List<UserId> admin = this.admins.of(team.id());
		Map<UserId, String> names = OnCallText.names(this.accounts);
		view.addObject("roles",
				team.members()
					.stream()
					.map((m) -> new Role(m.toString(), names.getOrDefault(m, m.toString()), admin.contains(m)))
					.toList());
	}

	@PostMapping("/oncall/teams/{id}/admins")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String save(@PathVariable UUID id, @RequestParam(required = false) List<String> admins) {
		this.admins.replace(new TeamId(id), OnCallText.users("admins", admins));
		return "redirect:/oncall/teams/" + id + "?saved=roles#roles-title";
	}

	/**
	 * A member and their role.
	 *
	 * @param id the user
	 * @param name how they are shown
	 * @param admin whether they are an admin, rather than a member
	 */
	record Role(String id, String name, boolean admin) {
	}

}
