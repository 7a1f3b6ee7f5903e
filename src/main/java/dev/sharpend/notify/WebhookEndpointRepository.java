package dev.sharpend.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookEndpointRepository {

	private final JdbcClient jdbc;

	WebhookEndpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(WebhookEndpoint e) {
		this.jdbc.sql("""
				insert into notify_endpoint (id, name, url, events, secret_ref, created_at)
				values (:id, :name, :url, :events, :secret, :created)""")
			.param("id", e.id())
			.param("name", e.name())
			.param("url", e.url())
			.param("events", e.events().stream().map(OutboundEvent::code).collect(Collectors.joining(" ")))
			.param("secret", e.secret().value())
			.param("created", Timestamps.toColumn(e.createdAt()))
			.update();
	}

	Optional<WebhookEndpoint> findById(String id) {
		return this.jdbc.sql("select * from notify_endpoint where id = :id")
			.param("id", id)
			.query(WebhookEndpointRepository::map)
			.optional();
	}

	List<WebhookEndpoint> findAll() {
		return this.jdbc.sql("select * from notify_endpoint order by created_at, id")
			.query(WebhookEndpointRepository::map)
			.list();
	}

	void delete(String id) {
		this.jdbc.sql("delete from notify_endpoint where id = :id").param("id", id).update();
	}

	static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static WebhookEndpoint map(ResultSet rs, int row) throws SQLException {
		Set<OutboundEvent> events = EnumSet.noneOf(OutboundEvent.class);
		Arrays.stream(rs.getString("events").split(" "))
			.map((code) -> WireCode.find(OutboundEvent.class, code))
			.flatMap(Optional::stream)
			.forEach(events::add);
		return new WebhookEndpoint(rs.getString("id"), rs.getString("name"), rs.getString("url"), events,
				SecretRef.of(rs.getString("secret_ref")), Timestamps.fromColumn(rs, "created_at"));
	}

}
