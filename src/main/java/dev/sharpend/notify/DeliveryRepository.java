package dev.sharpend.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

	/**
	 * Due, unclaimed, and the oldest undelivered one for its receiver: one receiver gets
	 * its deliveries one at a time, in the order they were made, however many senders run
	 * (a retried delivery holds back the later ones). Only pending and failed rows are
	 * looked at, which the state index keeps few.
	 */
	static final String DUE = """
			state in ('PENDING', 'FAILED') and next_attempt_at <= :now \
			and (claimed_until is null or claimed_until < :now) \
			and not exists (select 1 from notify_delivery earlier \
			where earlier.state in ('PENDING', 'FAILED') and earlier.channel = notify_delivery.channel \
			and earlier.target = notify_delivery.target \
			and (earlier.created_at < notify_delivery.created_at \
			or (earlier.created_at = notify_delivery.created_at and earlier.id < notify_delivery.id)))""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Delivery d) {
		this.jdbc.sql("""
				insert into notify_delivery (id, channel, target, subscriber_id, event, payload, state, attempts,
				    next_attempt_at, created_at, secret_id)
				values (:id, :channel, :target, :subscriber, :event, :payload, :state, 0, :next, :created, :secret)""")
			.param("id", d.id())
			.param("channel", d.channel().name())
			.param("target", d.target())
			.param("subscriber", d.subscriberId())
			.param("event", d.event())
			.param("payload", d.payload())
			.param("state", d.state().name())
			.param("next", Timestamps.toColumn(d.nextAttemptAt()))
			.param("created", Timestamps.toColumn(d.createdAt()))
			.param("secret", (d.secret() != null) ? d.secret().value() : null)
			.update();
	}

	Optional<Delivery> findById(String id) {
		return this.jdbc.sql("select * from notify_delivery where id = :id")
			.param("id", id)
			.query(DeliveryRepository::map)
			.optional();
	}

	List<Delivery> findByState(DeliveryState state, int limit) {
		return this.jdbc.sql("select * from notify_delivery where state = :state order by created_at desc limit :limit")
			.param("state", state.name())
			.param("limit", limit)
			.query(DeliveryRepository::map)
			.list();
	}

	List<Delivery> findBySubscriber(String subscriberId) {
		return this.jdbc.sql("select * from notify_delivery where subscriber_id = :id order by created_at")
			.param("id", subscriberId)
			.query(DeliveryRepository::map)
			.list();
	}

	List<Delivery> findRecentBySubscriber(String subscriberId, int limit) {
		return this.jdbc
			.sql("select * from notify_delivery where subscriber_id = :id order by created_at desc limit :limit")
			.param("id", subscriberId)
			.param("limit", limit)
			.query(DeliveryRepository::map)
			.list();
	}

	void delivered(String id, String node, Instant at) {
		this.jdbc.sql("""
				update notify_delivery set state = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :at,
				    delivered_at = :at, claimed_until = null, last_error = null
				where id = :id and claimed_by = :node""")
			.param("id", id)
			.param("node", node)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/** Records a failed attempt: due again at {@code next}, or dead when next is null. */
	void failed(String id, String node, Instant at, Instant next, String error) {
		this.jdbc.sql("""
				update notify_delivery set state = :state, attempts = attempts + 1, last_attempt_at = :at,
				    next_attempt_at = coalesce(:next, next_attempt_at), claimed_until = null, last_error = :error
				where id = :id and claimed_by = :node""")
			.param("id", id)
			.param("node", node)
			.param("state", (next != null) ? DeliveryState.FAILED.name() : DeliveryState.DEAD.name())
			.param("at", Timestamps.toColumn(at))
			.param("next", Timestamps.toColumn(next))
			.param("error", (error.length() > 1000) ? error.substring(0, 1000) : error)
			.update();
	}

	/**
	 * Puts a dead delivery back in the queue, due now, with a fresh count of attempts.
	 */
	boolean retry(String id, Instant now) {
		return this.jdbc.sql("""
				update notify_delivery set state = 'PENDING', attempts = 0, next_attempt_at = :now, claimed_until = null
				where id = :id and state = 'DEAD'""")
			.param("id", id)
			.param("now", Timestamps.toColumn(now))
			.update() == 1;
	}

	void deleteBySubscriber(String subscriberId) {
		this.jdbc.sql("delete from notify_delivery where subscriber_id = :id and state in ('PENDING', 'FAILED')")
			.param("id", subscriberId)
			.update();
	}

	static Delivery map(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getString("id"), Channel.valueOf(rs.getString("channel")), rs.getString("target"),
				rs.getString("subscriber_id"), rs.getString("event"), rs.getString("payload"),
				DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
				Timestamps.fromColumn(rs, "next_attempt_at"), rs.getString("last_error"),
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "delivered_at"),
				(rs.getObject("secret_id") != null) ? new SecretRef(rs.getObject("secret_id", java.util.UUID.class))
						: null);
	}

}
