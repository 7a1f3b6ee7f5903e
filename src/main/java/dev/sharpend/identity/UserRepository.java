package dev.sharpend.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	Optional<User> findById(UserId id) {
		return this.jdbc.sql("select * from app_user where id = :id")
			.param("id", id.value())
			.query(UserRepository::map)
			.optional();
	}

	Optional<User> findByEmail(String email) {
		return this.jdbc.sql("select * from app_user where email_key = :key")
			.param("key", User.emailKey(email))
			.query(UserRepository::map)
			.optional();
	}

	List<User> findAll() {
		return this.jdbc.sql("select * from app_user order by lower(display_name), email_key")
			.query(UserRepository::map)
			.list();
	}

	void insert(User user) {
		this.jdbc.sql("""
				insert into app_user (id, email, email_key, display_name, password_hash, role_id, active, created_at)
				values (:id, :email, :key, :name, :hash, :role, :active, :createdAt)""")
			.param("id", user.id().value())
			.param("email", user.email())
			.param("key", User.emailKey(user.email()))
			.param("name", user.displayName())
			.param("hash", user.passwordHash())
			.param("role", user.roleId().value())
			.param("active", user.active())
			.param("createdAt", Timestamps.toColumn(user.createdAt()))
			.update();
	}

	void update(User user) {
		this.jdbc.sql("""
				update app_user set display_name = :name, password_hash = :hash, role_id = :role, active = :active
				where id = :id""")
			.param("id", user.id().value())
			.param("name", user.displayName())
			.param("hash", user.passwordHash())
			.param("role", user.roleId().value())
			.param("active", user.active())
			.update();
	}

	void recordLogin(UserId id, Instant at) {
		this.jdbc.sql("update app_user set last_login_at = :at where id = :id")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	long countActiveWithRole(RoleId roleId) {
		return this.jdbc.sql("select count(*) from app_user where role_id = :role and active = true")
			.param("role", roleId.value())
			.query(Long.class)
			.single();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		return new User(new UserId(rs.getObject("id", java.util.UUID.class)), rs.getString("email"),
				rs.getString("display_name"), rs.getString("password_hash"),
				new RoleId(rs.getObject("role_id", java.util.UUID.class)), rs.getBoolean("active"),
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "last_login_at"));
	}

}
