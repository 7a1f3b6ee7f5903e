package dev.sharpend.incident.timeline;

import java.time.Clock;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The order each person reads incident timelines in, remembered on the server so it holds
 * on every incident and in every browser. Someone who never chose reads newest first.
 * Each statement stands alone: a refused insert must not spoil a transaction the update
 * after it runs in.
 */
@Service
public class TimelineOrders {

	private final JdbcClient jdbc;

	private final Clock clock;

	TimelineOrders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The order the user chose, or newest first. */
	public TimelineOrder of(UserId user) {
		return this.jdbc.sql("select entry_order from incident_timeline_order where user_id = :user")
			.param("user", user.value())
			.query(String.class)
			.optional()
			.flatMap((code) -> WireCode.find(TimelineOrder.class, code))
			.orElse(TimelineOrder.NEWEST_FIRST);
	}

	/** Remembers the user's order. */
	public void choose(UserId user, TimelineOrder order) {
		if (update(user, order) > 0) {
			return;
		}
		try {
			this.jdbc.sql("""
					insert into incident_timeline_order (user_id, entry_order, updated_at)
					values (:user, :order, :now)""")
				.param("user", user.value())
				.param("order", order.code())
				.param("now", Timestamps.toColumn(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// The same person chose twice at once (two tabs): the later choice wins.
			update(user, order);
		}
	}

	private int update(UserId user, TimelineOrder order) {
		return this.jdbc
			.sql("update incident_timeline_order set entry_order = :order, updated_at = :now where user_id = :user")
			.param("user", user.value())
			.param("order", order.code())
			.param("now", Timestamps.toColumn(this.clock.instant()))
			.update();
	}

}
