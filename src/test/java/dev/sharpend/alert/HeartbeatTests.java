package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatTests {

	private static final Instant CREATED = Instant.parse("2026-12-03T08:00:00Z");

	@Test
	void isDueAnIntervalAndAGraceAfterItsLastSignalOrItsCreation() {
		Heartbeat fresh = heartbeat(null, null);
		assertThat(fresh.state()).isEqualTo(HeartbeatState.WAITING);
		assertThat(fresh.dueAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(6)));

		Heartbeat pinged = heartbeat(CREATED.plus(Duration.ofHours(1)), null);
		assertThat(pinged.state()).isEqualTo(HeartbeatState.HEALTHY);
		assertThat(pinged.dueAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(66)));

		assertThat(heartbeat(CREATED, CREATED.plus(Duration.ofMinutes(7))).state()).isEqualTo(HeartbeatState.SILENT);
	}

	@Test
	void titlesSayHowLongTheHeartbeatHasBeenSilent() {
		assertThat(HeartbeatMonitor.title("prod Alertmanager", Duration.ofSeconds(6 * 60 + 59)))
			.isEqualTo("Heartbeat 'prod Alertmanager' silent for 6 min");
		assertThat(HeartbeatMonitor.title("backup", Duration.ofMinutes(150)))
			.isEqualTo("Heartbeat 'backup' silent for 2 h 30 min");
		assertThat(HeartbeatMonitor.title("backup", Duration.ofHours(3)))
			.isEqualTo("Heartbeat 'backup' silent for 3 h");
		assertThat(HeartbeatMonitor.title("backup", Duration.ofDays(3)))
			.isEqualTo("Heartbeat 'backup' silent for 3 days");
	}

	private static Heartbeat heartbeat(Instant lastSignal, Instant silentSince) {
		return new Heartbeat(UUID.randomUUID(), "prod", "shk_abcd…", Duration.ofMinutes(5), Duration.ofMinutes(1), null,
				lastSignal, silentSince, CREATED);
	}

}
