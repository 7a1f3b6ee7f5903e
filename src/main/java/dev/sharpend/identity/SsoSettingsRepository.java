package dev.sharpend.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of single sign-on settings saved in the UI, if any. */
@Repository
class SsoSettingsRepository {

	private final JdbcClient jdbc;

	SsoSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredSso> find() {
		return this.jdbc.sql("select * from sso_settings where id = 1").query((rs, row) -> {
			UUID secret = rs.getObject("client_secret", UUID.class);
			UUID updatedBy = rs.getObject("updated_by", UUID.class);
			return new StoredSso(rs.getBoolean("enabled"), rs.getString("issuer"), rs.getString("client_id"),
					(secret != null) ? new SecretRef(secret) : null, rs.getString("default_role"),
					rs.getString("label"), rs.getObject("revision", UUID.class),
					Timestamps.fromColumn(rs, "updated_at"), (updatedBy != null) ? new UserId(updatedBy) : null);
		}).optional();
	}

	/** The revision of the stored settings: cheap to read, changes on every save. */
	Optional<UUID> revision() {
		return this.jdbc.sql("select revision from sso_settings where id = 1").query(UUID.class).optional();
	}

	void save(StoredSso settings) {
		int updated = this.jdbc.sql("""
				update sso_settings set enabled = :enabled, issuer = :issuer, client_id = :clientId,
				client_secret = :clientSecret, default_role = :defaultRole, label = :label, revision = :revision,
				updated_at = :updatedAt, updated_by = :updatedBy where id = 1""").params(params(settings)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into sso_settings (id, enabled, issuer, client_id, client_secret, default_role, label,
					revision, updated_at, updated_by) values (1, :enabled, :issuer, :clientId, :clientSecret,
					:defaultRole, :label, :revision, :updatedAt, :updatedBy)""").params(params(settings)).update();
		}
	}

	void delete() {
		this.jdbc.sql("delete from sso_settings where id = 1").update();
	}

	private static Map<String, Object> params(StoredSso s) {
		Map<String, Object> params = new HashMap<>();
		params.put("enabled", s.enabled());
		params.put("issuer", s.issuer());
		params.put("clientId", s.clientId());
		params.put("clientSecret", (s.clientSecret() != null) ? s.clientSecret().value() : null);
		params.put("defaultRole", s.defaultRole());
		params.put("label", s.label());
		params.put("revision", s.revision());
		params.put("updatedAt", Timestamps.toColumn(s.updatedAt()));
		params.put("updatedBy", (s.updatedBy() != null) ? s.updatedBy().value() : null);
		return params;
	}

	/**
	 * Single sign-on settings as saved in the UI.
	 *
	 * @param enabled whether single sign-on is offered
	 * @param issuer the provider's issuer URL
	 * @param clientId the client id
	 * @param clientSecret the sealed client secret, or null for a public client
	 * @param defaultRole the role name for users created at their first sign-in
	 * @param label the text of the sign-in button
	 * @param revision changes on every save
	 * @param updatedAt when they were last saved
	 * @param updatedBy who saved them last, or null
	 */
	record StoredSso(boolean enabled, String issuer, String clientId, SecretRef clientSecret, String defaultRole,
			String label, UUID revision, Instant updatedAt, UserId updatedBy) {
	}

}
