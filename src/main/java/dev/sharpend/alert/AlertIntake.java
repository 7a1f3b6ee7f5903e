package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores delivered alerts. A delivery is answered only after the transaction holding all
 * its alerts has committed, so an acknowledged alert is never lost; deliveries arriving
 * together share one transaction (group commit). A re-sent alert updates its stored alert
 * (deduplicated by fingerprint); one that changes nothing is not rewritten, only its
 * last-seen time moves (written in batches).
 */
@Service
public class AlertIntake {

	private final IntakeBatcher batcher;

	private final AlertWriter writer;

	private final AlertRepository alerts;

	private final StoredHashes hashes;

	private final LastSeenBuffer lastSeen;

	private final Clock clock;

	private final IntakeMetrics metrics;

	private final HeartbeatSignals heartbeats;

	AlertIntake(IntakeBatcher batcher, AlertWriter writer, AlertRepository alerts, StoredHashes hashes,
			LastSeenBuffer lastSeen, Clock clock, IntakeMetrics metrics, HeartbeatSignals heartbeats) {
		this.heartbeats = heartbeats;
		this.metrics = metrics;
		this.batcher = batcher;
		this.writer = writer;
		this.alerts = alerts;
		this.hashes = hashes;
		this.lastSeen = lastSeen;
		this.clock = clock;
	}

	/**
	 * Stores a delivery's alerts, except those a heartbeat watches for: they only signal
	 * it.
	 * @throws RequestRejected when an alert has a value too long to store (naming it as
	 * {@code alerts[i].field}) or the database refuses one; then none of them is stored
	 * @throws IntakeUnavailable when they could not be stored; then none of them is
	 */
	public Receipt accept(Integration integration, List<IncomingAlert> all) {
		List<String> fingerprints = all.stream().map(IncomingAlert::effectiveFingerprint).toList();
		IntakeLimits.Exceeded exceeded = IntakeLimits.check(integration, all, fingerprints);
		if (exceeded != null) {
			throw RequestRejected.invalid(exceeded.path(), exceeded.message(exceeded.path()));
		}
		List<IncomingAlert> delivered = this.heartbeats.consume(integration, all);
		if (delivered != all) {
			if (delivered.isEmpty()) {
				this.lastSeen.received(integration.id(), this.clock.instant());
				return new Receipt(all.size(), 0, 0);
			}
			fingerprints = delivered.stream().map(IncomingAlert::effectiveFingerprint).toList();
		}
		if (unchanged(integration, delivered, fingerprints)) {
			this.lastSeen.received(integration.id(), this.clock.instant());
			this.metrics.skipped(integration.type(), delivered.size());
			return new Receipt(delivered.size(), 0, 0);
		}
		List<IntakeBatch.AlertKey> keys = fingerprints.stream()
			.map((f) -> new IntakeBatch.AlertKey(integration.id(), f))
			.toList();
		Receipt receipt = this.batcher.submit(Math.max(1, delivered.size()), keys,
				(batch) -> this.writer.accept(batch, integration, delivered));
		this.lastSeen.received(integration.id(), this.clock.instant());
		this.metrics.received(integration.type(), receipt);
		return receipt;
	}

	/**
	 * Whether every alert of the delivery is already stored exactly so. Then there is
	 * nothing to write (only last-seen times, which are buffered), and the delivery is
	 * answered without waiting for the writer: what it says is already durable.
	 */
	private boolean unchanged(Integration integration, List<IncomingAlert> delivered, List<String> fingerprints) {
		if (delivered.isEmpty()) {
			return false;
		}
		Map<String, StoredHashes.StoredHash> stored = this.hashes.find(integration.id(), fingerprints);
		for (int i = 0; i < delivered.size(); i++) {
			StoredHashes.StoredHash state = stored.get(fingerprints.get(i));
			if (state == null || state.changedBy(delivered.get(i))) {
				return false;
			}
		}
		Instant now = this.clock.instant();
		stored.values().forEach((s) -> this.lastSeen.seen(s.id(), now));
		return true;
	}

	/**
	 * Applies a PagerDuty event: a trigger stores or re-fires an alert; acknowledge and
	 * resolve apply to an open alert with the dedup key and are dropped when there is
	 * none, as PagerDuty does.
	 * @return whether the event changed anything
	 * @throws RequestRejected when a value is too long to store (naming it as PagerDuty
	 * does, such as {@code 'payload.source'}) or the database refuses one
	 * @throws IntakeUnavailable when it could not be stored
	 */
	public boolean apply(Integration integration, PagerDutyEvent event) {
		String fingerprint = "trigger".equals(event.action()) ? event.alert().effectiveFingerprint() : event.dedupKey();
		if (event.alert() != null) {
			IntakeLimits.Exceeded exceeded = IntakeLimits.check(integration, List.of(event.alert()),
					List.of(fingerprint));
			if (exceeded != null) {
				String field = event.field(exceeded.field());
				throw RequestRejected.invalid(field, exceeded.message("'" + field + "'"));
			}
		}
		boolean changed = this.batcher.submit(1, List.of(new IntakeBatch.AlertKey(integration.id(), fingerprint)),
				(batch) -> this.writer.apply(batch, integration, event));
		this.lastSeen.received(integration.id(), this.clock.instant());
		this.metrics.received(integration.type(), new Receipt(1, 0, changed ? 1 : 0));
		return changed;
	}

	/** Reads a generic integration's JSON through its mapping and stores the alerts. */
	public Receipt acceptGeneric(Integration integration, byte[] body) {
		return accept(integration, integration.mapping().read(body, this.clock.instant()));
	}

	/** Paged alerts, most recently seen first. */
	@Transactional(readOnly = true)
	public List<Alert> list(AlertStatus status, int offset, int limit) {
		return this.alerts.find(status, offset, limit).stream().map(this.lastSeen::current).toList();
	}

	@Transactional(readOnly = true)
	public long count(AlertStatus status) {
		return this.alerts.count(status);
	}

	/**
	 * What a delivery did.
	 *
	 * @param received alerts in the delivery
	 * @param created new alerts stored
	 * @param changed stored alerts whose state changed
	 */
	public record Receipt(int received, int created, int changed) {
	}

	/**
	 * Alerts could not be stored (the database failed or is overloaded); nothing of the
	 * delivery was stored, and the source should send it again.
	 */
	public static class IntakeUnavailable extends RuntimeException {

		IntakeUnavailable(String message) {
			super(message);
		}

		IntakeUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
