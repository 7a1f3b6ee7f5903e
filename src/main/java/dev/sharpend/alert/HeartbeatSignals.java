package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Signals that keep heartbeats healthy: pings, and watched alerts in deliveries. A
 * watched alert (such as Alertmanager's always-firing {@code Watchdog}) is taken out of
 * its delivery and not stored: it says only that the pipeline works, and would otherwise
 * hold an alert group open for good. The watches are read at most every two seconds, so a
 * delivery to an unwatched integration costs one map lookup.
 */
@Component
class HeartbeatSignals {

	private static final long WATCHES_TTL_NANOS = TimeUnit.SECONDS.toNanos(2);

	private static final String ALERTNAME = "alertname";

	private final HeartbeatRepository heartbeats;

	// looked up when first needed: the monitor sends through the intake, which calls this
	private final ObjectProvider<HeartbeatMonitor> monitor;

	private final Clock clock;

	private volatile Watches watches;

	HeartbeatSignals(HeartbeatRepository heartbeats, ObjectProvider<HeartbeatMonitor> monitor, Clock clock) {
		this.heartbeats = heartbeats;
		this.monitor = monitor;
		this.clock = clock;
	}

	/**
	 * Notes a signal for the heartbeat and resolves its group at once if it was silent.
	 * @return whether there is such a heartbeat
	 */
	boolean signal(UUID heartbeat) {
		Instant now = this.clock.instant();
		return this.heartbeats.signal(heartbeat, now).map((silent) -> {
			if (silent) {
				this.monitor.getObject().recoverIfSilent(heartbeat);
			}
			return true;
		}).orElse(false);
	}

	/**
	 * The delivery without the alerts heartbeats watch for; each watched alert that fires
	 * signals its heartbeat.
	 */
	List<IncomingAlert> consume(Integration integration, List<IncomingAlert> delivered) {
		Map<String, UUID> watched = current().byIntegration().get(integration.id());
		if (watched == null) {
			return delivered;
		}
		List<IncomingAlert> rest = new ArrayList<>(delivered.size());
		Set<UUID> signalled = new LinkedHashSet<>();
		for (IncomingAlert alert : delivered) {
			UUID heartbeat = watched.get(alert.labels().get(ALERTNAME));
			if (heartbeat == null) {
				rest.add(alert);
			}
			else if (alert.status() == AlertStatus.FIRING) {
				signalled.add(heartbeat);
			}
		}
		signalled.forEach(this::signal);
		return (rest.size() == delivered.size()) ? delivered : rest;
	}

	/** Reads the watches again at the next delivery (after a change on this node). */
	void forget() {
		this.watches = null;
	}

	private Watches current() {
		Watches known = this.watches;
		long now = System.nanoTime();
		if (known == null || now - known.until() > 0) {
			Map<UUID, Map<String, UUID>> byIntegration = new HashMap<>();
			for (Heartbeat heartbeat : this.heartbeats.watching()) {
				byIntegration.computeIfAbsent(heartbeat.watch().integration(), (k) -> new HashMap<>())
					.put(heartbeat.watch().alertname(), heartbeat.id());
			}
			known = new Watches(byIntegration, now + WATCHES_TTL_NANOS);
			this.watches = known;
		}
		return known;
	}

	private record Watches(Map<UUID, Map<String, UUID>> byIntegration, long until) {
	}

}
