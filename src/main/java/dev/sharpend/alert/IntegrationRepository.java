package dev.sharpend.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntegrationRepository {

	private final JdbcClient jdbc;

	IntegrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Integration integration, String keyHash) {
		this.jdbc
			.sql("""
					insert into alert_integration (id, name, type, key_hash, key_hint, rule_labels, group_by,
					    group_window_seconds, mapping, created_at, rate_per_minute)
					values (:id, :name, :type, :hash, :hint, :ruleLabels, :groupBy, :window, :mapping, :createdAt, :rate)""")
			.param("rate", integration.ratePerMinute(), java.sql.Types.INTEGER)
			.param("mapping", (integration.mapping() != null) ? integration.mapping().toJson() : null)
			.param("groupBy", String.join(",", integration.groupBy()))
			.param("window", (int) integration.groupWindow().toSeconds())
			.param("id", integration.id())
			.param("name", integration.name())
			.param("type", integration.type().code())
			.param("hash", keyHash)
			.param("hint", integration.keyHint())
			.param("ruleLabels", String.join(",", integration.ruleLabels()))
			.param("createdAt", Timestamps.toColumn(integration.createdAt()))
			.update();
	}

	Optional<Integration> findByKeyHash(String hash) {
		return this.jdbc.sql("select * from alert_integration where key_hash = :hash")
			.param("hash", hash)
			.query(IntegrationRepository::map)
			.optional();
	}

	Optional<Integration> findById(UUID id) {
		return this.jdbc.sql("select * from alert_integration where id = :id")
			.param("id", id)
			.query(IntegrationRepository::map)
			.optional();
	}

	List<Integration> findAll() {
		return this.jdbc.sql("select * from alert_integration order by created_at")
			.query(IntegrationRepository::map)
			.list();
	}

	/** When each integration last received a delivery, for those that ever did. */
	Map<UUID, Instant> lastReceived() {
		Map<UUID, Instant> received = new HashMap<>();
		this.jdbc.sql("select id, last_received_at from alert_integration where last_received_at is not null")
			.query((rs) -> {
				received.put(rs.getObject("id", UUID.class), Timestamps.fromColumn(rs, "last_received_at"));
			});
		return received;
	}

	void rename(UUID id, String name) {
		this.jdbc.sql("update alert_integration set name = :name where id = :id")
			.param("id", id)
			.param("name", name)
			.update();
	}

	void changeRate(UUID id, Integer ratePerMinute) {
		this.jdbc.sql("update alert_integration set rate_per_minute = :rate where id = :id")
			.param("id", id)
			.param("rate", ratePerMinute, java.sql.Types.INTEGER)
			.update();
	}

	void disable(UUID id, Instant at) {
		this.jdbc.sql("update alert_integration set disabled_at = :at where id = :id and disabled_at is null")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	private static Integration map(ResultSet rs, int row) throws SQLException {
		return new Integration(rs.getObject("id", UUID.class), rs.getString("name"),
				WireCode.find(IntegrationType.class, rs.getString("type")).orElseThrow(), rs.getString("key_hint"),
				Arrays.stream(rs.getString("rule_labels").split(",")).filter((s) -> !s.isBlank()).toList(),
				Arrays.stream(rs.getString("group_by").split(",")).filter((s) -> !s.isBlank()).toList(),
				java.time.Duration.ofSeconds(rs.getInt("group_window_seconds")),
				(rs.getString("mapping") != null) ? GenericMapping.fromJson(rs.getString("mapping")) : null,
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "disabled_at"),
				rs.getObject("rate_per_minute", Integer.class));
	}

}
