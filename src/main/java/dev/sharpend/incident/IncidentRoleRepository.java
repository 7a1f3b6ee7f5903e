package dev.sharpend.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IncidentRoleRepository {

	private final JdbcClient jdbc;

	IncidentRoleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every assignment, oldest first; current holders have no end. */
	List<RoleAssignment> history(long number, People people) {
		return this.jdbc.sql("""
				select role, holder, holder_id, assigned_at, assigned_by, ended_at from incident_role
				where incident_id = :id order by assigned_at, id""")
			.param("id", number)
			.query((rs, row) -> new RoleAssignment(
					WireCode.find(IncidentRole.class, rs.getString("role")).orElseThrow(),
					people.shown(rs.getObject("holder_id", UUID.class), rs.getString("holder")),
					Timestamps.fromColumn(rs, "assigned_at"), rs.getString("assigned_by"),
					Timestamps.fromColumn(rs, "ended_at")))
			.list();
	}

	/** Ends the current holder's assignment; returns who that was, or null. */
	String end(long number, IncidentRole role, Instant now) {
		List<String> holders = this.jdbc
			.sql("select holder from incident_role where incident_id = :id and role = :role and ended_at is null")
			.param("id", number)
			.param("role", role.code())
			.query(String.class)
			.list();
		this.jdbc.sql(
				"update incident_role set ended_at = :now where incident_id = :id and role = :role and ended_at is null")
			.param("id", number)
			.param("role", role.code())
			.param("now", Timestamps.toColumn(now))
			.update();
		return holders.isEmpty() ? null : holders.get(0);
	}

	void assign(long number, IncidentRole role, Person holder, String by, Instant now) {
		this.jdbc.sql("""
				insert into incident_role (incident_id, role, holder, holder_id, assigned_at, assigned_by)
				values (:id, :role, :holder, :holderId, :now, :by)""")
			.param("id", number)
			.param("role", role.code())
			.param("holder", holder.reference())
			.param("holderId", (holder.id() != null) ? holder.id().value() : null)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

}
