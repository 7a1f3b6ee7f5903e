package dev.sharpend.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims row by row with a conditional update: of two workers reading the same due row,
 * only the one whose update still finds it unclaimed gets it.
 */
class H2DeliveryClaims implements DeliveryClaims {

	private final JdbcClient jdbc;

	private final DeliveryRepository deliveries;

	H2DeliveryClaims(JdbcClient jdbc, DeliveryRepository deliveries) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
	}

	@Override
	public List<Delivery> claim(Instant now, Instant leaseUntil, String node, int limit) {
		List<String> due = this.jdbc
			.sql("select id from notify_delivery where " + DeliveryRepository.DUE
					+ " order by next_attempt_at limit :limit")
			.param("now", Timestamps.toColumn(now))
			.param("limit", limit)
			.query(String.class)
			.list();
		List<Delivery> claimed = new ArrayList<>();
		for (String id : due) {
			int taken = this.jdbc
				.sql("update notify_delivery set claimed_until = :lease, claimed_by = :node where id = :id and "
						+ DeliveryRepository.DUE)
				.param("id", id)
				.param("now", Timestamps.toColumn(now))
				.param("lease", Timestamps.toColumn(leaseUntil))
				.param("node", node)
				.update();
			if (taken == 1) {
				this.deliveries.findById(id).ifPresent(claimed::add);
			}
		}
		return claimed;
	}

}
