package dev.sharpend.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every node looks for heartbeats that must change state: one overdue goes silent and its
 * alert opens a group through its own integration (so routes and paging apply as to any
 * alert); one whose signal came back resolves it. Each heartbeat is claimed with its row
 * locked, so one node makes each change, once. Its alert is sent through the intake with
 * a fixed fingerprint, so a change repeated after a crash finds the alert already firing
 * (or resolved) and opens nothing twice.
 */
@Component
class HeartbeatMonitor {

	/** The {@code alertname} of a heartbeat's silence alert. */
	static final String ALERTNAME = "HeartbeatSilent";

	static final String FINGERPRINT = "heartbeat-silent";

	private static final int BATCH = 50;

	private final HeartbeatRepository heartbeats;

	private final IntegrationRepository integrations;

	private final AlertIntake intake;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HeartbeatMonitor(HeartbeatRepository heartbeats, IntegrationRepository integrations, AlertIntake intake,
			PlatformTransactionManager transactions, Clock clock, MeterRegistry registry) {
		this.heartbeats = heartbeats;
		this.integrations = integrations;
		this.intake = intake;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		Gauge.builder("sharpend.heartbeats.silent", heartbeats, HeartbeatRepository::countSilent)
			.description("Heartbeats whose signal stopped: each has its alert group open")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${sharpend.alert.heartbeat-check-interval:PT15S}",
			initialDelayString = "${sharpend.alert.heartbeat-check-interval:PT15S}")
	void poll() {
		checkDue();
	}

	/**
	 * Silences the overdue heartbeats and resolves those whose signal came back, until
	 * none is left.
	 * @return how many changed
	 */
	int checkDue() {
		int changed = 0;
		int batch;
		do {
			batch = inTransaction(() -> {
				Instant now = this.clock.instant();
				List<UUID> claimed = this.heartbeats.claimChanging(now, BATCH);
				claimed.forEach((id) -> change(id, now));
				return claimed.size();
			});
			changed += batch;
		}
		while (batch == BATCH);
		return changed;
	}

	/** Resolves the heartbeat's group now if its signal came back while it was silent. */
	void recoverIfSilent(UUID id) {
		inTransaction(() -> {
			this.heartbeats.claimRecovered(id).ifPresent((claimed) -> change(claimed, this.clock.instant()));
			return 0;
		});
	}

	/** Resolves the group of a heartbeat about to be deleted, if it is silent. */
	void resolveBeforeDeleting(Heartbeat heartbeat) {
		if (heartbeat.silentSince() != null) {
			send(heartbeat, AlertStatus.RESOLVED, this.clock.instant());
		}
	}

	private void change(UUID id, Instant now) {
		Heartbeat heartbeat = this.heartbeats.findById(id).orElse(null);
		if (heartbeat == null) {
			return;
		}
		if (heartbeat.silentSince() == null) {
			send(heartbeat, AlertStatus.FIRING, now);
			this.heartbeats.silent(id, now);
		}
		else {
			send(heartbeat, AlertStatus.RESOLVED, now);
			this.heartbeats.recovered(id);
		}
	}

	private void send(Heartbeat heartbeat, AlertStatus status, Instant now) {
		Integration integration = this.integrations.findById(heartbeat.id()).orElseThrow();
		Instant since = (heartbeat.lastSignalAt() != null) ? heartbeat.lastSignalAt() : heartbeat.createdAt();
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("alertname", ALERTNAME);
		labels.put("heartbeat", heartbeat.name());
		labels.put("severity", "critical");
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put("summary", title(heartbeat.name(), Duration.between(since, now)));
		annotations.put("description", description(heartbeat, since));
		Instant startsAt = (status == AlertStatus.FIRING) ? now : heartbeat.silentSince();
		IncomingAlert alert = new IncomingAlert(FINGERPRINT, status, labels, annotations, startsAt,
				(status == AlertStatus.RESOLVED) ? now : null, null,
				"{\"heartbeat\":\"" + heartbeat.id() + "\",\"status\":\"" + status.code() + "\"}");
		this.intake.accept(integration, List.of(alert));
	}

	/** "Heartbeat 'prod Alertmanager' silent for 6 min". */
	static String title(String name, Duration silent) {
		long minutes = Math.max(0, silent.toMinutes());
		String span = (minutes < 120) ? minutes + " min"
				: (minutes < 2880) ? (minutes / 60) + " h" + ((minutes % 60 != 0) ? " " + minutes % 60 + " min" : "")
						: (minutes / 1440) + " days";
		return IncomingAlert.truncate("Heartbeat '" + name + "' silent for " + span, 500);
	}

	private static String description(Heartbeat heartbeat, Instant since) {
		String expected = "It expects a signal every " + heartbeat.interval().toMinutes() + " min"
				+ ((heartbeat.grace().isZero()) ? "" : " (" + heartbeat.grace().toMinutes() + " min grace)");
		String source = (heartbeat.watch() != null)
				? "the firing alert " + heartbeat.watch().alertname() + " through its integration, or a ping"
				: "a ping to its URL";
		String last = (heartbeat.lastSignalAt() != null) ? "The last signal came at " + since + "."
				: "No signal has come since it was created at " + since + ".";
		return expected + ": " + source + ". " + last
				+ " Whatever sends it (a monitoring pipeline, a cron job) may have stopped.";
	}

	private int inTransaction(java.util.function.IntSupplier work) {
		Integer done = this.transaction.execute((status) -> work.getAsInt());
		return (done != null) ? done : 0;
	}

}
