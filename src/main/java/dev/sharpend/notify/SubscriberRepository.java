package dev.sharpend.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.catalog.PageId;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriberRepository {

	private final JdbcClient jdbc;

	SubscriberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscriber s) {
		this.jdbc
			.sql("""
					insert into notify_subscriber (id, page_id, channel, target, token, secret_ref, confirmed_at, components,
					    created_at, last_mailed_confirmation_at)
					values (:id, :page, :channel, :target, :token, :secret, :confirmed, :components, :created, :mailed)""")
			.param("id", s.id())
			.param("page", s.page().value())
			.param("channel", s.channel().name())
			.param("target", s.target())
			.param("token", s.token())
			.param("secret", (s.secret() != null) ? s.secret().value() : null)
			.param("confirmed", Timestamps.toColumn(s.confirmedAt()))
			.param("components", String.join(" ", s.components()))
			.param("created", Timestamps.toColumn(s.createdAt()))
			.param("mailed", Timestamps.toColumn(s.confirmationMailedAt()))
			.update();
	}

	Optional<Subscriber> findById(String id) {
		return this.jdbc.sql("select * from notify_subscriber where id = :id")
			.param("id", id)
			.query(SubscriberRepository::map)
			.optional();
	}

	Optional<Subscriber> findByToken(String token) {
		return this.jdbc.sql("select * from notify_subscriber where token = :token")
			.param("token", token)
			.query(SubscriberRepository::map)
			.optional();
	}

	Optional<Subscriber> find(PageId page, Channel channel, String target) {
		return this.jdbc
			.sql("select * from notify_subscriber where page_id = :page and channel = :channel and target = :target")
			.param("page", page.value())
			.param("channel", channel.name())
			.param("target", target)
			.query(SubscriberRepository::map)
			.optional();
	}

	List<Subscriber> findByPage(PageId page) {
		return this.jdbc.sql("select * from notify_subscriber where page_id = :page order by created_at")
			.param("page", page.value())
			.query(SubscriberRepository::map)
			.list();
	}

	List<Subscriber> findConfirmed(PageId page) {
		return this.jdbc
			.sql("select * from notify_subscriber where page_id = :page and confirmed_at is not null order by id")
			.param("page", page.value())
			.query(SubscriberRepository::map)
			.list();
	}

	boolean confirm(String id, Instant at) {
		return this.jdbc.sql("update notify_subscriber set confirmed_at = :at where id = :id and confirmed_at is null")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.update() == 1;
	}

	void confirmationMailed(String id, Instant at) {
		this.jdbc.sql("update notify_subscriber set last_mailed_confirmation_at = :at where id = :id")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	void delete(String id) {
		this.jdbc.sql("delete from notify_subscriber where id = :id").param("id", id).update();
	}

	static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static Subscriber map(ResultSet rs, int row) throws SQLException {
		String secret = rs.getString("secret_ref");
		String components = rs.getString("components");
		return new Subscriber(rs.getString("id"), new PageId(rs.getString("page_id")),
				Channel.valueOf(rs.getString("channel")), rs.getString("target"), rs.getString("token"),
				(secret != null) ? SecretRef.of(secret) : null, Timestamps.fromColumn(rs, "confirmed_at"),
				components.isBlank() ? java.util.Set.of()
						: new LinkedHashSet<>(Arrays.asList(components.strip().split(" +"))),
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "last_mailed_confirmation_at"));
	}

}
