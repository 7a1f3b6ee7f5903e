package dev.sharpend.oncall;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team member's role: admin or (by default) member. Admins hear about trouble with the
 * team's paging that its members cannot fix alone, such as a member's contact method that
 * keeps failing. Only current members are admins, so leaving a team ends the role.
 */
@Service
@Transactional
public class TeamAdmins {

	private final JdbcClient jdbc;

	private final Teams teams;

	private final ApplicationEventPublisher events;

	TeamAdmins(JdbcClient jdbc, Teams teams, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.events = events;
	}

	/** The team's admins who are still its members. */
	@Transactional(readOnly = true)
	public List<UserId> of(TeamId team) {
		this.teams.require(team);
		return this.jdbc.sql("""
				select a.user_id from oncall_team_admin a join oncall_team_member m
				on m.team_id = a.team_id and m.user_id = a.user_id where a.team_id = :team order by a.user_id""")
			.param("team", team.value())
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Makes these members the team's admins and the others plain members.
	 * @throws RequestRejected naming {@code admins[i]} for someone not in the team
	 */
	public List<UserId> replace(TeamId id, List<UserId> admins) {
		Team team = this.teams.require(id);
		for (int i = 0; i < admins.size(); i++) {
			if (!team.members().contains(admins.get(i))) {
				throw RequestRejected.invalid("admins[" + i + "]",
						admins.get(i) + " is not a member of " + team.name() + "; add them to the team first.");
			}
		}
		this.jdbc.sql("delete from oncall_team_admin where team_id = :team").param("team", id.value()).update();
		for (UserId admin : admins.stream().distinct().toList()) {
			this.jdbc.sql("insert into oncall_team_admin (team_id, user_id) values (:team, :user)")
				.param("team", id.value())
				.param("user", admin.value())
				.update();
		}
		this.events.publishEvent(new TeamAdminsChanged(id.toString(),
				"admins=" + admins.stream().distinct().map(UserId::toString).collect(Collectors.joining(" "))));
		return of(id);
	}

	/** The admins of every team the person is a member of, other than the person. */
	@Transactional(readOnly = true)
	List<UserId> ofTeamsOf(UserId person) {
		return this.jdbc.sql("""
				select distinct a.user_id from oncall_team_member mine
				join oncall_team_admin a on a.team_id = mine.team_id
				join oncall_team_member m on m.team_id = a.team_id and m.user_id = a.user_id
				where mine.user_id = :person and a.user_id <> :person order by a.user_id""")
			.param("person", person.value())
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

}
