package dev.sharpend.notify;

import java.time.Instant;
import java.util.List;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims with {@code FOR UPDATE SKIP LOCKED}: concurrent workers on other nodes skip rows
 * being claimed instead of waiting for them, and the claim is one statement.
 */
class PostgresDeliveryClaims implements DeliveryClaims {

	private final JdbcClient jdbc;

	PostgresDeliveryClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Delivery> claim(Instant now, Instant leaseUntil, String node, int limit) {
		return this.jdbc.sql("""
				update notify_delivery set claimed_until = :lease, claimed_by = :node
				where id in (select id from notify_delivery where %s
				             order by next_attempt_at limit :limit for update skip locked)
				returning *""".formatted(DeliveryRepository.DUE))
			.param("now", Timestamps.toColumn(now))
			.param("lease", Timestamps.toColumn(leaseUntil))
			.param("node", node)
			.param("limit", limit)
			.query(DeliveryRepository::map)
			.list();
	}

}
