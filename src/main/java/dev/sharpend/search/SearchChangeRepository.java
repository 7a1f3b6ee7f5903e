package dev.sharpend.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

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

	/**
	 * How many changes come after this sequence and when the oldest of them was recorded.
	 */
	Backlog after(long seq) {
		return this.jdbc.sql("select count(*), min(changed_at) from search_change where seq > :seq")
			.param("seq", seq)
			.query((rs, row) -> {
				java.time.OffsetDateTime oldest = rs.getObject(2, java.time.OffsetDateTime.class);
				return new Backlog(rs.getLong(1), (oldest != null) ? oldest.toInstant() : null);
			})
			.single();
	}

	long maxSequence() {
		return this.jdbc.sql("select coalesce(max(seq), 0) from search_change").query(Long.class).single();
	}

	int purge(Instant before) {
		return this.jdbc.sql("delete from search_change where changed_at < :before")
			.param("before", Timestamps.toColumn(before))
			.update();
	}

	/**
	 * Changes a node has yet to apply.
	 *
	 * @param changes how many
	 * @param oldest when the oldest was recorded, or null when there is none
	 */
	record Backlog(long changes, @Nullable Instant oldest) {
	}

	record Change(long seq, String type, String id) {
	}

}
