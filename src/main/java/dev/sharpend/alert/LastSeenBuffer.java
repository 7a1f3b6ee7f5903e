package dev.sharpend.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Last-seen times of re-sent alerts that changed nothing. Sources re-send every firing
 * alert on each evaluation; rewriting each row every time would make the busiest part of
 * intake its slowest. The times are kept here and written in batches by the intake
 * writer, at most {@code sharpend.alert.last-seen-flush-interval} late and once more at
 * shutdown. A crash loses only these newer last-seen times, never an alert. When each
 * integration last received a delivery is kept and written the same way.
 */
@Component
class LastSeenBuffer {

	private static final int CHUNK = 500;

	private final Map<Long, Instant> pending = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> received = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	LastSeenBuffer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void seen(long alertId, Instant at) {
		// the precision the database keeps, so the API shows the same time before and
		// after
		// the flush
		this.pending.merge(alertId, at.truncatedTo(ChronoUnit.MICROS), (a, b) -> a.isAfter(b) ? a : b);
	}

	/** Notes that an integration received a delivery. */
	void received(UUID integration, Instant at) {
		this.received.merge(integration, at.truncatedTo(ChronoUnit.MICROS), (a, b) -> a.isAfter(b) ? a : b);
	}

	/**
	 * When each integration last received a delivery, as stored or newer from this node's
	 * buffer.
	 */
	Map<UUID, Instant> lastReceived(Map<UUID, Instant> stored) {
		Map<UUID, Instant> newest = new HashMap<>(stored);
		this.received.forEach((id, at) -> newest.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
		return newest;
	}

	/** The alert as readers should see it: with its newest last-seen time. */
	Alert current(Alert stored) {
		Instant seen = this.pending.get(stored.id());
		if (seen == null || !seen.isAfter(stored.lastSeen())) {
			return stored;
		}
		return new Alert(stored.id(), stored.integration(), stored.fingerprint(), stored.ruleKey(), stored.status(),
				stored.title(), stored.severity(), stored.labels(), stored.annotations(), stored.startsAt(),
				stored.endsAt(), stored.sourceUrl(), stored.firstSeen(), seen, stored.occurrences(), stored.groupId(),
				stored.suppressedBy());
	}

	boolean isEmpty() {
		return this.pending.isEmpty() && this.received.isEmpty();
	}

	/**
	 * Writes the buffered times, never moving a last-seen time backwards (a full update
	 * may have written a newer one meanwhile).
	 * @return how many alerts were written
	 */
	int flush() {
		List<Map.Entry<Long, Instant>> snapshot = new ArrayList<>();
		this.pending.forEach((id, at) -> snapshot.add(Map.entry(id, at)));
		List<Object[]> rows = snapshot.stream()
			.map((e) -> new Object[] { Timestamps.toColumn(e.getValue()), e.getKey(),
					Timestamps.toColumn(e.getValue()) })
			.toList();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			this.jdbc.batchUpdate("update alert set last_seen = ? where id = ? and last_seen < ?",
					rows.subList(from, Math.min(rows.size(), from + CHUNK)));
		}
		// a newer time that arrived during the flush stays for the next one
		snapshot.forEach((e) -> this.pending.remove(e.getKey(), e.getValue()));
		flushReceived();
		return rows.size();
	}

	private void flushReceived() {
		List<Map.Entry<UUID, Instant>> snapshot = new ArrayList<>();
		this.received.forEach((id, at) -> snapshot.add(Map.entry(id, at)));
		if (snapshot.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"update alert_integration set last_received_at = ? where id = ?"
						+ " and (last_received_at is null or last_received_at < ?)",
				snapshot.stream()
					.map((e) -> new Object[] { Timestamps.toColumn(e.getValue()), e.getKey(),
							Timestamps.toColumn(e.getValue()) })
					.toList());
		snapshot.forEach((e) -> this.received.remove(e.getKey(), e.getValue()));
	}

}
