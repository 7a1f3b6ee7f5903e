package dev.sharpend.chatops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChatIntegrationRepository {

	private final JdbcClient jdbc;

	ChatIntegrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ChatIntegration i, String tokenHash) {
		this.jdbc.sql("""
				insert into chat_integration (id, name, kind, secret_ref, token_hash, created_at)
				values (:id, :name, :kind, :secret, :token, :created)""")
			.param("id", i.id())
			.param("name", i.name())
			.param("kind", i.kind().name())
			.param("secret", (i.secret() != null) ? i.secret().value() : null)
			.param("token", tokenHash)
			.param("created", Timestamps.toColumn(i.createdAt()))
			.update();
	}

	Optional<ChatIntegration> findById(String id) {
		return this.jdbc.sql("select * from chat_integration where id = :id")
			.param("id", id)
			.query(ChatIntegrationRepository::map)
			.optional();
	}

	Optional<ChatIntegration> findByTokenHash(String hash) {
		return this.jdbc.sql("select * from chat_integration where token_hash = :hash")
			.param("hash", hash)
			.query(ChatIntegrationRepository::map)
			.optional();
	}

	List<ChatIntegration> findByKind(ChatKind kind) {
		return this.jdbc.sql("select * from chat_integration where kind = :kind order by created_at")
			.param("kind", kind.name())
			.query(ChatIntegrationRepository::map)
			.list();
	}

	List<ChatIntegration> findAll() {
		return this.jdbc.sql("select * from chat_integration order by created_at, id")
			.query(ChatIntegrationRepository::map)
			.list();
	}

	void delete(String id) {
		this.jdbc.sql("delete from chat_integration where id = :id").param("id", id).update();
	}

	/**
	 * Links a chat user to a Sharpend user, replacing an earlier link of that chat user.
	 */
	void link(String integration, String chatUser, UUID user, Instant at) {
		unlink(integration, chatUser);
		this.jdbc.sql("""
				insert into chat_user_link (integration_id, chat_user, user_id, created_at)
				values (:integration, :chatUser, :user, :at)""")
			.param("integration", integration)
			.param("chatUser", chatUser)
			.param("user", user)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	boolean unlink(String integration, String chatUser) {
		return this.jdbc.sql("delete from chat_user_link where integration_id = :integration and chat_user = :chatUser")
			.param("integration", integration)
			.param("chatUser", chatUser)
			.update() == 1;
	}

	/** The Sharpend user linked to this chat user id. */
	Optional<UUID> linkedUser(String integration, String chatUserId) {
		return this.jdbc
			.sql("select user_id from chat_user_link where integration_id = :integration and chat_user = :chatUser")
			.param("integration", integration)
			.param("chatUser", chatUserId)
			.query((rs, row) -> rs.getObject("user_id", UUID.class))
			.optional();
	}

	static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static ChatIntegration map(ResultSet rs, int row) throws SQLException {
		String secret = rs.getString("secret_ref");
		return new ChatIntegration(rs.getString("id"), rs.getString("name"), ChatKind.valueOf(rs.getString("kind")),
				(secret != null) ? SecretRef.of(secret) : null, Timestamps.fromColumn(rs, "created_at"));
	}

}
