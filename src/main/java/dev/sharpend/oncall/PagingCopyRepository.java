package dev.sharpend.oncall;

import java.time.Instant;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which incidents had a group's earlier paging copied to their timeline. */
@Repository
class PagingCopyRepository {

	private final JdbcClient jdbc;

	PagingCopyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the group's paging is copied to the incident now.
	 * @return false when it was copied before (then nothing is copied again)
	 */
	boolean claim(long group, long incident, Instant now) {
		int copied = this.jdbc
			.sql("select count(*) from oncall_paging_copy where group_id = :group and incident_number = :incident")
			.param("group", group)
			.param("incident", incident)
			.query(Integer.class)
			.single();
		if (copied > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into oncall_paging_copy (group_id, incident_number, copied_at)
				values (:group, :incident, :now)""")
			.param("group", group)
			.param("incident", incident)
			.param("now", Timestamps.toColumn(now))
			.update();
		return true;
	}

}
