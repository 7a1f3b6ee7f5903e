package dev.sharpend.oncall.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.TeamAdmins;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which members of a team are its admins; the others are plain members. */
@RestController
class TeamAdminApiController {

	private final TeamAdmins admins;

	private final Accounts accounts;

	TeamAdminApiController(TeamAdmins admins, Accounts accounts) {
		this.admins = admins;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/teams/{id}/admins")
	@RequiresPermission(Permission.ONCALL_READ)
	AdminsResponse get(@PathVariable UUID id) {
		return response(this.admins.of(new TeamId(id)));
	}

	/**
	 * Makes the members named the team's admins, and every other member a plain member.
	 */
	@PutMapping("/api/v1/teams/{id}/admins")
	@RequiresPermission(Permission.ONCALL_WRITE)
	AdminsResponse replace(@PathVariable UUID id, @RequestBody AdminsRequest request) {
		return response(this.admins.replace(new TeamId(id), OnCallText.users("admins", request.admins())));
	}

	private AdminsResponse response(List<UserId> admins) {
		var names = OnCallText.names(this.accounts);
		return new AdminsResponse(admins.stream().map((a) -> PersonResponse.of(a, names)).toList());
	}

	record AdminsRequest(@Nullable List<String> admins) {
	}

	record AdminsResponse(List<PersonResponse> admins) {
	}

}
