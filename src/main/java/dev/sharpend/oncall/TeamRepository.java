package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TeamRepository {

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Team> teams() {
		return this.jdbc.sql("select * from oncall_team order by name_key").query(this::mapTeam).list();
	}

	/**
	 * The time zone of the person's first team by name, read in one query rather than
	 * with every team's members.
	 */
	Optional<ZoneId> firstZoneOf(UserId person) {
		return this.jdbc.sql("""
				select t.time_zone from oncall_team t join oncall_team_member m on m.team_id = t.id
				where m.user_id = :user order by t.name_key, t.id fetch first 1 rows only""")
			.param("user", person.value())
			.query((rs, n) -> ZoneId.of(rs.getString(1)))
			.optional();
	}

	Optional<Team> team(TeamId id) {
		return this.jdbc.sql("select * from oncall_team where id = :id")
			.param("id", id.value())
			.query(this::mapTeam)
			.optional();
	}

	boolean nameTaken(String name, TeamId self) {
		return this.jdbc.sql("select count(*) from oncall_team where name_key = :key and id <> :id")
			.param("key", name.toLowerCase(Locale.ROOT))
			.param("id", self.value())
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Team team, Instant now) {
		this.jdbc.sql("""
				insert into oncall_team (id, name, name_key, time_zone, created_at, updated_at)
				values (:id, :name, :key, :zone, :now, :now)""")
			.param("id", team.id().value())
			.param("name", team.name())
			.param("key", team.name().toLowerCase(Locale.ROOT))
			.param("zone", team.zone().getId())
			.param("now", Timestamps.toColumn(now))
			.update();
		insertMembers(team);
	}

	void update(Team team, Instant now) {
		this.jdbc.sql("""
				update oncall_team set name = :name, name_key = :key, time_zone = :zone, updated_at = :now
				where id = :id""")
			.param("id", team.id().value())
			.param("name", team.name())
			.param("key", team.name().toLowerCase(Locale.ROOT))
			.param("zone", team.zone().getId())
			.param("now", Timestamps.toColumn(now))
			.update();
		this.jdbc.sql("delete from oncall_team_member where team_id = :id").param("id", team.id().value()).update();
		insertMembers(team);
	}

	void delete(TeamId id) {
		this.jdbc.sql("delete from oncall_team where id = :id").param("id", id.value()).update();
	}

	List<Schedule> schedules() {
		return this.jdbc.sql("select * from oncall_schedule order by name, id")
			.query(TeamRepository::mapSchedule)
			.list();
	}

	List<Schedule> schedules(TeamId team) {
		return this.jdbc.sql("select * from oncall_schedule where team_id = :team order by name, id")
			.param("team", team.value())
			.query(TeamRepository::mapSchedule)
			.list();
	}

	Optional<Schedule> schedule(ScheduleId id) {
		return this.jdbc.sql("select * from oncall_schedule where id = :id")
			.param("id", id.value())
			.query(TeamRepository::mapSchedule)
			.optional();
	}

	void save(Schedule schedule, Instant now) {
		int updated = this.jdbc.sql("update oncall_schedule set name = :name, updated_at = :now where id = :id")
			.param("id", schedule.id().value())
			.param("name", schedule.name())
			.param("now", Timestamps.toColumn(now))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into oncall_schedule (id, team_id, name, created_at, updated_at)
					values (:id, :team, :name, :now, :now)""")
				.param("id", schedule.id().value())
				.param("team", schedule.team().value())
				.param("name", schedule.name())
				.param("now", Timestamps.toColumn(now))
				.update();
		}
	}

	void delete(ScheduleId id) {
		this.jdbc.sql("delete from oncall_schedule where id = :id").param("id", id.value()).update();
	}

	private void insertMembers(Team team) {
		for (UserId member : team.members()) {
			this.jdbc.sql("insert into oncall_team_member (team_id, user_id) values (:team, :user)")
				.param("team", team.id().value())
				.param("user", member.value())
				.update();
		}
	}

	private Team mapTeam(ResultSet rs, int row) throws SQLException {
		TeamId id = new TeamId(rs.getObject("id", UUID.class));
		List<UserId> members = this.jdbc
			.sql("select user_id from oncall_team_member where team_id = :id order by user_id")
			.param("id", id.value())
			.query((r, n) -> new UserId(r.getObject("user_id", UUID.class)))
			.list();
		return new Team(id, rs.getString("name"), ZoneId.of(rs.getString("time_zone")), members);
	}

	private static Schedule mapSchedule(ResultSet rs, int row) throws SQLException {
		return new Schedule(new ScheduleId(rs.getObject("id", UUID.class)),
				new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("name"));
	}

}
