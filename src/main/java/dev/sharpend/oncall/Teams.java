package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teams that share on-call duty: create, rename, move zone, change members, delete.
 */
@Service
@Transactional
public class Teams {

	private final TeamRepository repository;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Teams(TeamRepository repository, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** All teams, by name. */
	@Transactional(readOnly = true)
	public List<Team> list() {
		return this.repository.teams();
	}

	/** The team, or a not-found refusal. */
	@Transactional(readOnly = true)
	public Team require(TeamId id) {
		return this.repository.team(id).orElseThrow(() -> RequestRejected.notFound("There is no team " + id + "."));
	}

	/**
	 * Adds a team.
	 * @throws RequestRejected on a blank or taken name, an unknown zone or an unknown
	 * user
	 */
	public Team create(String name, String zone, List<UserId> members) {
		Team team = checked(TeamId.random(), name, zone, members);
		this.repository.insert(team, this.clock.instant());
		this.events.publishEvent(new TeamCreated(team.id().toString(), summary(team)));
		return team;
	}

	/** Replaces the team's name, zone and members. */
	public Team update(TeamId id, String name, String zone, List<UserId> members) {
		require(id);
		Team team = checked(id, name, zone, members);
		this.repository.update(team, this.clock.instant());
		this.events.publishEvent(new TeamChanged(id.toString(), summary(team)));
		return team;
	}

	/** Deletes the team with its schedules, rotations and overrides. */
	public void delete(TeamId id) {
		Team team = require(id);
		this.repository.delete(id);
		this.events.publishEvent(new TeamDeleted(id.toString(), "name=" + team.name()));
	}

	private Team checked(TeamId id, String name, String zone, List<UserId> members) {
		String title = OnCallInput.name(name, "team");
		if (this.repository.nameTaken(title, id)) {
			throw RequestRejected.conflict("name", "There is already a team named " + title + ".");
		}
		List<UserId> people = OnCallInput.users("members", members.stream().distinct().toList(), this.accounts);
		return new Team(id, title, OnCallInput.zone("timeZone", zone), people);
	}

	private static String summary(Team team) {
		return "name=" + team.name() + ", time_zone=" + team.zone().getId() + ", members=" + team.members().size();
	}

}
