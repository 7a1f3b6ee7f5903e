package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Teams, and who is on call for one of them. */
@RestController
class TeamApiController {

	private final Teams teams;

	private final Schedules schedules;

	private final Accounts accounts;

	private final Clock clock;

	TeamApiController(Teams teams, Schedules schedules, Accounts accounts, Clock clock) {
		this.teams = teams;
		this.schedules = schedules;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/api/v1/teams")
	@RequiresPermission(Permission.ONCALL_READ)
	List<TeamResponse> list() {
		Map<UserId, String> names = OnCallText.names(this.accounts);
		return this.teams.list().stream().map((t) -> TeamResponse.of(t, names)).toList();
	}

	@GetMapping("/api/v1/teams/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	TeamResponse get(@PathVariable UUID id) {
		return TeamResponse.of(this.teams.require(new TeamId(id)), OnCallText.names(this.accounts));
	}

	@PostMapping("/api/v1/teams")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<TeamResponse> create(@RequestBody TeamRequest request) {
		Team team = this.teams.create(request.name(), request.timeZone(),
				OnCallText.users("members", request.members()));
		return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id()))
			.body(TeamResponse.of(team, OnCallText.names(this.accounts)));
	}

	/** Changes what the request names; absent fields stay as they are. */
	@PatchMapping("/api/v1/teams/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	TeamResponse edit(@PathVariable UUID id, @RequestBody TeamRequest request) {
		Team current = this.teams.require(new TeamId(id));
		Team team = this.teams.update(current.id(), (request.name() != null) ? request.name() : current.name(),
				(request.timeZone() != null) ? request.timeZone() : current.zone().getId(),
				(request.members() != null) ? OnCallText.users("members", request.members()) : current.members());
		return TeamResponse.of(team, OnCallText.names(this.accounts));
	}

	@DeleteMapping("/api/v1/teams/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.teams.delete(new TeamId(id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Who is on call now or at {@code at}, per schedule of the team named or of every
	 * team, explained.
	 */
	@GetMapping("/api/v1/oncall")
	@RequiresPermission(Permission.ONCALL_READ)
	OnCallResponse onCall(@RequestParam(required = false) String team, @RequestParam(required = false) String at) {
		List<Team> asked = (team == null || team.isBlank()) ? this.teams.list()
				: List.of(this.teams.require(new TeamId(OnCallText.uuid("team", team))));
		Instant instant = OnCallText.instant("at", at);
		Instant when = (instant != null) ? instant : this.clock.instant();
		Map<UserId, String> names = OnCallText.names(this.accounts);
		List<OnCallEntry> entries = new ArrayList<>();
		for (Team t : asked) {
			this.schedules.onCall(t.id(), when)
				.forEach((o) -> entries.add(OnCallEntry.of(t, o, names,
						OnCallText.explain(o, (u) -> names.getOrDefault(u, u.toString()), t.zone(), when))));
		}
		return new OnCallResponse(when, entries);
	}

	record TeamRequest(@Nullable String name, @Nullable String timeZone, @Nullable List<String> members) {
	}

	record TeamResponse(String id, String name, String timeZone, List<PersonResponse> members) {

		static TeamResponse of(Team t, Map<UserId, String> names) {
			return new TeamResponse(t.id().toString(), t.name(), t.zone().getId(),
					t.members().stream().map((m) -> PersonResponse.of(m, names)).toList());
		}

	}

	record OnCallEntry(String team, String teamName, String schedule, String scheduleName,
			@Nullable PersonResponse user, @Nullable String layer, boolean override, @Nullable Instant until,
			String explanation) {

		static OnCallEntry of(Team t, OnCall o, Map<UserId, String> names, String explanation) {
			UserId user = o.user();
			return new OnCallEntry(t.id().toString(), t.name(), o.schedule().toString(), o.scheduleName(),
					(user != null) ? PersonResponse.of(user, names) : null, o.layer(), o.override(), o.until(),
					explanation);
		}

	}

	record OnCallResponse(Instant at, List<OnCallEntry> oncall) {
	}

}
