package dev.sharpend.statuspage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccessLinkRepository {

	private final JdbcClient jdbc;

	AccessLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AccessLink> findByPage(PageId page) {
		return this.jdbc.sql("select * from sp_access_link where page_id = :page order by created_at desc, id")
			.param("page", page.value())
			.query(AccessLinkRepository::map)
			.list();
	}

	Optional<AccessLink> findById(String id) {
		return this.jdbc.sql("select * from sp_access_link where id = :id")
			.param("id", id)
			.query(AccessLinkRepository::map)
			.optional();
	}

	/** Token hashes of every working link, with the page each opens. */
	Map<String, PageId> activeHashes() {
		Map<String, PageId> hashes = new HashMap<>();
		this.jdbc.sql("select token_hash, page_id from sp_access_link where revoked_at is null").query((rs) -> {
			hashes.put(rs.getString("token_hash"), new PageId(rs.getString("page_id")));
		});
		return hashes;
	}

	void insert(AccessLink link, String tokenHash) {
		this.jdbc.sql("""
				insert into sp_access_link (id, page_id, label, token_hash, token_hint, created_at)
				values (:id, :page, :label, :hash, :hint, :createdAt)""")
			.param("id", link.id())
			.param("page", link.page().value())
			.param("label", link.label())
			.param("hash", tokenHash)
			.param("hint", link.hint())
			.param("createdAt", Timestamps.toColumn(link.createdAt()))
			.update();
	}

	void revoke(String id, Instant at) {
		this.jdbc.sql("update sp_access_link set revoked_at = :at where id = :id and revoked_at is null")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	private static AccessLink map(ResultSet rs, int row) throws SQLException {
		return new AccessLink(rs.getString("id"), new PageId(rs.getString("page_id")), rs.getString("label"),
				rs.getString("token_hint"), Timestamps.fromColumn(rs, "created_at"),
				Timestamps.fromColumn(rs, "revoked_at"));
	}

}
