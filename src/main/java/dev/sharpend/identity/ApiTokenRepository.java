package dev.sharpend.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.system.Permission;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String hash) {
		this.jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, token_hint, permissions, created_at, expires_at)
				values (:id, :user, :name, :hash, :hint, :permissions, :createdAt, :expiresAt)""")
			.param("id", token.id().value())
			.param("user", token.owner().value())
			.param("name", token.name())
			.param("hash", hash)
			.param("hint", token.hint())
			.param("permissions",
					token.permissions().stream().map(Permission::code).sorted().collect(Collectors.joining(" ")))
			.param("createdAt", Timestamps.toColumn(token.createdAt()))
			.param("expiresAt", Timestamps.toColumn(token.expiresAt()))
			.update();
	}

	Optional<ApiToken> findByHash(String hash) {
		return this.jdbc.sql("select * from api_token where token_hash = :hash")
			.param("hash", hash)
			.query(ApiTokenRepository::map)
			.optional();
	}

	Optional<ApiToken> findById(ApiTokenId id) {
		return this.jdbc.sql("select * from api_token where id = :id")
			.param("id", id.value())
			.query(ApiTokenRepository::map)
			.optional();
	}

	List<ApiToken> findByOwner(UserId owner) {
		return this.jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
			.param("user", owner.value())
			.query(ApiTokenRepository::map)
			.list();
	}

	void revoke(ApiTokenId id, Instant at) {
		this.jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/**
	 * Records use at most once a minute, so busy automation does not write on every call.
	 */
	void touch(ApiTokenId id, Instant at) {
		this.jdbc.sql("""
				update api_token set last_used_at = :at
				where id = :id and (last_used_at is null or last_used_at < :threshold)""")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.param("threshold", Timestamps.toColumn(at.minusSeconds(60)))
			.update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		Set<Permission> permissions = Arrays.stream(rs.getString("permissions").split(" "))
			.map((code) -> WireCode.find(Permission.class, code))
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
		return new ApiToken(new ApiTokenId(rs.getObject("id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), rs.getString("name"), rs.getString("token_hint"),
				permissions, Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "expires_at"),
				Timestamps.fromColumn(rs, "last_used_at"), Timestamps.fromColumn(rs, "revoked_at"));
	}

}
