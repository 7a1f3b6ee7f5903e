package dev.sharpend.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heartbeats: each is created with an integration of its own, whose key (shown once,
 * stored as a hash) makes its ping URL and whose routes page for its silence.
 */
@Service
@Transactional
public class Heartbeats {

	static final String DEFAULT_ALERTNAME = "Watchdog";

	static final int MAX_MINUTES = 1440;

	static final int DEFAULT_GRACE_MINUTES = 1;

	private final HeartbeatRepository repository;

	private final Integrations integrations;

	private final IntegrationRepository integrationRepository;

	private final HeartbeatSignals signals;

	private final HeartbeatMonitor monitor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Heartbeats(HeartbeatRepository repository, Integrations integrations, IntegrationRepository integrationRepository,
			HeartbeatSignals signals, HeartbeatMonitor monitor, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.integrations = integrations;
		this.integrationRepository = integrationRepository;
		this.signals = signals;
		this.monitor = monitor;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Heartbeat> all() {
		return this.repository.findAll();
	}

	/**
	 * @throws RequestRejected (not found) when there is no such heartbeat
	 */
	@Transactional(readOnly = true)
	public Heartbeat find(UUID id) {
		return this.repository.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no heartbeat " + id + "."));
	}

	/**
	 * Creates a heartbeat; it goes silent if no signal comes within its interval and
	 * grace of its creation.
	 * @throws RequestRejected naming the field when the draft is invalid
	 */
	public CreatedHeartbeat create(HeartbeatDraft draft) {
		Valid valid = validate(draft, null);
		Integrations.CreatedIntegration created = this.integrations.createForHeartbeat(valid.name());
		Integration integration = created.integration();
		Heartbeat heartbeat = new Heartbeat(integration.id(), integration.name(), integration.keyHint(),
				valid.interval(), valid.grace(), valid.watch(), null, null, this.clock.instant());
		this.repository.insert(heartbeat);
		this.signals.forget();
		this.events.publishEvent(new HeartbeatCreated(heartbeat.id(), heartbeat.name(),
				heartbeat.interval().toMinutes(), heartbeat.grace().toMinutes(), watches(heartbeat)));
		return new CreatedHeartbeat(heartbeat, created.key());
	}

	/**
	 * Changes what the heartbeat expects; when it is due is counted again from its last
	 * signal (or creation) with the new interval and grace.
	 * @throws RequestRejected when there is no such heartbeat or the draft is invalid
	 */
	public Heartbeat update(UUID id, HeartbeatDraft draft) {
		Heartbeat current = find(id);
		Valid valid = validate(draft, id);
		Heartbeat changed = new Heartbeat(id, valid.name(), current.keyHint(), valid.interval(), valid.grace(),
				valid.watch(), current.lastSignalAt(), current.silentSince(), current.createdAt());
		this.repository.update(changed);
		if (!changed.name().equals(current.name())) {
			this.integrations.rename(id, changed.name());
		}
		this.signals.forget();
		this.events.publishEvent(new HeartbeatChanged(id, changed.name(), changed.interval().toMinutes(),
				changed.grace().toMinutes(), watches(changed)));
		return changed;
	}

	/**
	 * Deletes the heartbeat: its group resolves if it is silent, and its ping key stops
	 * working; its integration stays, disabled, with its alerts and groups.
	 */
	public void delete(UUID id) {
		Heartbeat heartbeat = find(id);
		this.monitor.resolveBeforeDeleting(heartbeat);
		this.repository.delete(id);
		this.integrationRepository.findById(id).ifPresent(this.integrations::disable);
		this.signals.forget();
		this.events.publishEvent(new HeartbeatDeleted(id, heartbeat.name()));
	}

	/**
	 * A ping: a signal for the heartbeat the key belongs to.
	 * @return whether the key is a heartbeat's; nothing changes when it is not
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean ping(String key) {
		Optional<Integration> integration = this.integrations.authenticate(key, IntegrationType.HEARTBEAT);
		return integration.isPresent() && this.signals.signal(integration.get().id());
	}

	private Valid validate(HeartbeatDraft draft, UUID self) {
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > 100) {
			throw RequestRejected.invalid("name", "Give the heartbeat a name of 1 to 100 characters.");
		}
		Integer interval = draft.intervalMinutes();
		if (interval == null || interval < 1 || interval > MAX_MINUTES) {
			throw RequestRejected.invalid("intervalMinutes",
					"Expect a signal every 1 to 1440 minutes (24 hours): how often the source pings or repeats"
							+ " its alert.");
		}
		int grace = (draft.graceMinutes() != null) ? draft.graceMinutes() : DEFAULT_GRACE_MINUTES;
		if (grace < 0 || grace > MAX_MINUTES) {
			throw RequestRejected.invalid("graceMinutes", "Allow a grace of 0 to 1440 minutes for late signals.");
		}
		return new Valid(name, Duration.ofMinutes(interval), Duration.ofMinutes(grace), watch(draft, self));
	}

	private Heartbeat.Watch watch(HeartbeatDraft draft, UUID self) {
		if (draft.watchIntegration() == null) {
			if (draft.watchAlertname() != null && !draft.watchAlertname().isBlank()) {
				throw RequestRejected.invalid("watchIntegrationId",
						"Name the Alertmanager or Grafana integration the alert " + draft.watchAlertname().strip()
								+ " arrives through.");
			}
			return null;
		}
		Integration integration = this.integrationRepository.findById(draft.watchIntegration())
			.filter(Integration::enabled)
			.filter((i) -> i.type() == IntegrationType.ALERTMANAGER || i.type() == IntegrationType.GRAFANA)
			.orElseThrow(() -> RequestRejected.invalid("watchIntegrationId", "There is no enabled Alertmanager or"
					+ " Grafana integration " + draft.watchIntegration() + " to watch."));
		String alertname = (draft.watchAlertname() != null && !draft.watchAlertname().isBlank())
				? draft.watchAlertname().strip() : DEFAULT_ALERTNAME;
		if (alertname.length() > 200) {
			throw RequestRejected.invalid("watchAlertname", "Use an alert name of at most 200 characters.");
		}
		if (this.repository.watched(integration.id(), alertname, (self != null) ? self : new UUID(0, 0))) {
			throw RequestRejected.conflict("watchAlertname",
					"Another heartbeat already watches " + alertname + " through " + integration.name() + ".");
		}
		return new Heartbeat.Watch(integration.id(), alertname);
	}

	private static String watches(Heartbeat heartbeat) {
		return (heartbeat.watch() != null) ? heartbeat.watch().alertname() + "@" + heartbeat.watch().integration()
				: "pings";
	}

	private record Valid(String name, Duration interval, Duration grace, Heartbeat.Watch watch) {
	}

	/**
	 * A new heartbeat and its ping key, shown once.
	 *
	 * @param heartbeat the heartbeat
	 * @param key the key in its ping URL
	 */
	public record CreatedHeartbeat(Heartbeat heartbeat, String key) {
	}

}
