package dev.sharpend.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SearchChangeRepository {

	private final JdbcClient jdbc;

	SearchChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String type, String id, Instant now) {
		this.jdbc.sql("insert into search_change (doc_type, doc_id, changed_at) values (:type, :id, :now)")
			.param("type", type)
			.param("id", id)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	/** Changes after this sequence, oldest first. */
	List<Change> after(long seq, int limit) {
		return this.jdbc.sql(
				"select seq, doc_type, doc_id from search_change where seq > :seq order by seq fetch first :limit rows only")
			.param("seq", seq)
			.param("limit", limit)
			.query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The changes with these sequence numbers that exist by now. */
	List<Change> withSequences(Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select seq, doc_type, doc_id from search_change where seq in (:seqs)")
			.param("seqs", seqs)
			.query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	long maxSequence() {
		return this.jdbc.sql("select coalesce(max(seq), 0) from search_change").query(Long.class).single();
	}

	int purge(Instant before) {
		return this.jdbc.sql("delete from search_change where changed_at < :before")
			.param("before", Timestamps.toColumn(before))
			.update();
	}

	record Change(long seq, String type, String id) {
	}

}
