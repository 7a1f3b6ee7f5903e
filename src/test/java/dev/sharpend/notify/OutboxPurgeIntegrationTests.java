package dev.sharpend.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.Timestamps;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivered messages and unconfirmed subscriptions are forgotten after their retention.
 */
@SharpendIntegrationTest
class OutboxPurgeIntegrationTests {

	// Today, so other tests' recent rows in the shared database stay out of the purge.
	private static final Instant NOW = Instant.now();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxPurge purge;

	@Test
	void deliveredMessagesAreForgottenAfterThirtyDaysWhileUndeliveredOnesStay() {
		String old = delivery("DELIVERED", NOW.minus(Duration.ofDays(31)));
		String recent = delivery("DELIVERED", NOW.minus(Duration.ofDays(29)));
		String dead = delivery("DEAD", null);
		String pending = delivery("PENDING", null);

		OutboxPurge.Purged purged = this.purge.purge(NOW);

		assertThat(purged.deliveries()).isGreaterThanOrEqualTo(1);
		assertThat(existing("notify_delivery", List.of(old, recent, dead, pending))).containsExactlyInAnyOrder(recent,
				dead, pending);
	}

	@Test
	void unconfirmedSubscriptionsAreForgottenAfterAWeekConfirmedOnesStay() {
		String page = NotifyFixtures.id(new NotifyFixtures(this.port).page("Purge page"));
		String stale = subscriber(page, null, NOW.minus(Duration.ofDays(8)));
		String waiting = subscriber(page, null, NOW.minus(Duration.ofDays(6)));
		String confirmed = subscriber(page, NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(60)));

		this.purge.purge(NOW);

		assertThat(existing("notify_subscriber", List.of(stale, waiting, confirmed))).containsExactlyInAnyOrder(waiting,
				confirmed);
	}

	private String delivery(String state, Instant deliveredAt) {
		String id = newId();
		Instant created = NOW.minus(Duration.ofDays(40));
		this.jdbc.sql("""
				insert into notify_delivery (id, channel, target, event, payload, state, attempts, next_attempt_at,
				    created_at, delivered_at)
				values (:id, 'WEBHOOK', :target, 'test', '{}', :state, 1, :next, :created, :delivered)""")
			.param("id", id)
			.param("target", "https://purge.example.test/" + id)
			.param("state", state)
			// Far in the future, so the running worker never picks these rows up.
			.param("next", Timestamps.toColumn(NOW.plus(Duration.ofDays(3650))))
			.param("created", Timestamps.toColumn(created))
			.param("delivered", (deliveredAt != null) ? Timestamps.toColumn(deliveredAt) : null)
			.update();
		return id;
	}

	private String subscriber(String page, Instant confirmedAt, Instant createdAt) {
		String id = newId();
		this.jdbc.sql("""
				insert into notify_subscriber (id, page_id, channel, target, token, confirmed_at, created_at)
				values (:id, :page, 'EMAIL', :target, :token, :confirmed, :created)""")
			.param("id", id)
			.param("page", page)
			.param("target", id + "@purge.example.test")
			.param("token", newId())
			.param("confirmed", (confirmedAt != null) ? Timestamps.toColumn(confirmedAt) : null)
			.param("created", Timestamps.toColumn(createdAt))
			.update();
		return id;
	}

	private List<String> existing(String table, List<String> ids) {
		return this.jdbc.sql("select id from " + table + " where id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list();
	}

	private static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
