package dev.sharpend.oncall;

import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRuleRepository {

	private final JdbcClient jdbc;

	NotificationRuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<NotificationRule> of(UserId user) {
		return this.jdbc.sql("""
				select * from oncall_notification_rule where user_id = :user
				order by urgency, delay_minutes, created_at, id""")
			.param("user", user.value())
			.query((rs, row) -> new NotificationRule(rs.getObject("id", UUID.class), user, rs.getString("urgency"),
					rs.getInt("delay_minutes"), rs.getObject("method_id", UUID.class)))
			.list();
	}

	void insert(NotificationRule rule, java.time.Instant at) {
		this.jdbc.sql("""
				insert into oncall_notification_rule (id, user_id, urgency, delay_minutes, method_id, created_at)
				values (:id, :user, :urgency, :delay, :method, :at)""")
			.param("id", rule.id())
			.param("user", rule.user().value())
			.param("urgency", rule.urgency())
			.param("delay", rule.delayMinutes())
			.param("method", rule.method())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	boolean delete(UserId user, UUID id) {
		return this.jdbc.sql("delete from oncall_notification_rule where id = :id and user_id = :user")
			.param("id", id)
			.param("user", user.value())
			.update() == 1;
	}

}
