package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.sharpend.catalog.ComponentMaintenance;
import dev.sharpend.catalog.ComponentMaintenance.MaintainedComponent;

/**
 * What one group-commit transaction knows: the stored state of the alerts its deliveries
 * name (read with one query up front), and the silences and maintenances in force (read
 * once, and only if an alert needs them). Last-seen times of unchanged alerts are only
 * handed on once the transaction has committed.
 */
final class IntakeBatch {

	/** The label that names the status-page component an alert is about. */
	static final String COMPONENT_LABEL = "component";

	private final Instant now;

	private final AlertRepository alerts;

	private final Map<AlertKey, Optional<AlertState>> known = new HashMap<>();

	private final Map<Long, Instant> seen = new LinkedHashMap<>();

	private final Supplier<List<Silence>> silenceSource;

	private final Supplier<List<MaintainedComponent>> maintenanceSource;

	private final Map<String, Long> joinable = new HashMap<>();

	private final Map<UUID, Map<String, AlertRepository.NewAlert>> inserts = new LinkedHashMap<>();

	private final List<AlertReceived> received = new ArrayList<>();

	private List<Silence> silences;

	private List<MaintainedComponent> maintained;

	IntakeBatch(Instant now, AlertRepository alerts, Supplier<List<Silence>> silences,
			Supplier<List<MaintainedComponent>> maintenance) {
		this.now = now;
		this.alerts = alerts;
		this.silenceSource = silences;
		this.maintenanceSource = maintenance;
	}

	Instant now() {
		return this.now;
	}

	/** Reads the stored alerts for these keys at once. */
	void preload(Collection<AlertKey> keys) {
		Map<UUID, List<String>> byIntegration = new HashMap<>();
		for (AlertKey key : keys) {
			if (this.known.putIfAbsent(key, Optional.empty()) == null) {
				byIntegration.computeIfAbsent(key.integration(), (k) -> new java.util.ArrayList<>())
					.add(key.fingerprint());
			}
		}
		byIntegration.forEach((integration, fingerprints) -> this.alerts.findStates(integration, fingerprints)
			.forEach((a) -> this.known.put(new AlertKey(integration, a.fingerprint()), Optional.of(a))));
	}

	/**
	 * Queues a new alert for one batched insert; one the batch still has queued is
	 * inserted before it is read again.
	 */
	void insertLater(UUID integration, AlertRepository.NewAlert alert) {
		this.inserts.computeIfAbsent(integration, (k) -> new LinkedHashMap<>())
			.put(alert.alert().effectiveFingerprint(), alert);
		this.known.put(new AlertKey(integration, alert.alert().effectiveFingerprint()), Optional.empty());
	}

	void flushInserts() {
		this.inserts.forEach(
				(integration, alerts) -> this.alerts.insertAll(integration, List.copyOf(alerts.values()), this.now));
		this.inserts.clear();
	}

	/** Open groups found or opened in this batch, by integration and group key. */
	Map<String, Long> joinable() {
		return this.joinable;
	}

	/** Forgets the groups found so far, after one of them resolved. */
	void groupsChanged() {
		this.joinable.clear();
	}

	Optional<AlertState> find(UUID integration, String fingerprint) {
		Map<String, AlertRepository.NewAlert> queued = this.inserts.get(integration);
		if (queued != null && queued.containsKey(fingerprint)) {
			flushInserts();
			this.known.remove(new AlertKey(integration, fingerprint));
		}
		return this.known.computeIfAbsent(new AlertKey(integration, fingerprint),
				(key) -> this.alerts.findState(integration, fingerprint));
	}

	/** Forgets what was read about an alert this batch has just written. */
	void written(UUID integration, String fingerprint) {
		this.known.remove(new AlertKey(integration, fingerprint));
	}

	void seen(long alertId) {
		this.seen.put(alertId, this.now);
	}

	/** Notes an alert that changed state, for the one event the transaction publishes. */
	void received(AlertReceived alert) {
		this.received.add(alert);
	}

	/**
	 * What {@link #received(AlertReceived)} noted, as the transaction's event, if any.
	 */
	Optional<AlertsReceived> receivedAlerts() {
		return this.received.isEmpty() ? Optional.empty() : Optional.of(new AlertsReceived(this.now, this.received));
	}

	Map<Long, Instant> seen() {
		return this.seen;
	}

	/**
	 * Why a firing alert is suppressed: a matching active silence ({@code silence:<id>}),
	 * or the maintenance of the component its {@code component} label names by id or name
	 * ({@code maintenance:<id>}, or {@code maintenance:component:<id>} for a status set
	 * by hand); null when neither.
	 */
	String suppression(Map<String, String> labels) {
		if (this.silences == null) {
			this.silences = this.silenceSource.get();
		}
		for (Silence silence : this.silences) {
			if (silence.matches(labels)) {
				return "silence:" + silence.id();
			}
		}
		String component = labels.get(COMPONENT_LABEL);
		if (component == null || component.isBlank()) {
			return null;
		}
		if (this.maintained == null) {
			this.maintained = this.maintenanceSource.get();
		}
		String wanted = component.strip();
		return this.maintained.stream()
			.filter((c) -> c.id().value().equals(wanted) || c.name().strip().equalsIgnoreCase(wanted))
			.findFirst()
			.map((c) -> (c.maintenance() != null) ? "maintenance:" + c.maintenance().value()
					: "maintenance:component:" + c.id().value())
			.orElse(null);
	}

	/** Starts batches. */
	static final class Factory {

		private final AlertRepository alerts;

		private final Silences silences;

		private final ComponentMaintenance maintenance;

		private final Clock clock;

		Factory(AlertRepository alerts, Silences silences, ComponentMaintenance maintenance, Clock clock) {
			this.alerts = alerts;
			this.silences = silences;
			this.maintenance = maintenance;
			this.clock = clock;
		}

		IntakeBatch create() {
			Instant now = this.clock.instant();
			return new IntakeBatch(now, this.alerts, () -> this.silences.activeAt(now),
					this.maintenance::underMaintenance);
		}

	}

	/**
	 * An alert's identity.
	 *
	 * @param integration where it comes from
	 * @param fingerprint its fingerprint there
	 */
	record AlertKey(UUID integration, String fingerprint) {
	}

}
