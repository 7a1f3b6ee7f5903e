package dev.sharpend.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final PageId PAGE = PageId.next();

	@Test
	void anIncidentRefusesAMaintenanceStatusNamingTheStatusesItTakes() {
		Notice notice = incident(NoticeStatus.INVESTIGATING);

		assertThatThrownBy(() -> notice.post(update(NoticeStatus.IN_PROGRESS, NOW.plusSeconds(60))))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.getMessage()).contains("investigating, identified, monitoring, resolved, postmortem")
					.contains("\"in_progress\" is not one of them");
			});
		assertThat(notice.status()).isEqualTo(NoticeStatus.INVESTIGATING);
		assertThat(notice.updates()).hasSize(1);
	}

	@Test
	void aMaintenanceRefusesAnIncidentStatus() {
		Notice notice = maintenance();

		assertThatThrownBy(() -> notice.post(update(NoticeStatus.RESOLVED, NOW.plusSeconds(60))))
			.isInstanceOf(RequestRejected.class)
			.hasMessageContaining("scheduled, in_progress, verifying, completed");
		assertThat(notice.status()).isEqualTo(NoticeStatus.SCHEDULED);
	}

	@Test
	void resolvingRecordsWhenAndReopeningClearsIt() {
		Notice notice = incident(NoticeStatus.INVESTIGATING);
		Instant resolved = NOW.plusSeconds(600);

		notice.post(update(NoticeStatus.RESOLVED, resolved));
		assertThat(notice.status().closed()).isTrue();
		assertThat(notice.resolvedAt()).isEqualTo(resolved);

		// a postmortem keeps the time it was first resolved
		notice.post(update(NoticeStatus.POSTMORTEM, resolved.plusSeconds(600)));
		assertThat(notice.resolvedAt()).isEqualTo(resolved);

		notice.post(update(NoticeStatus.INVESTIGATING, resolved.plusSeconds(1200)));
		assertThat(notice.status().closed()).isFalse();
		assertThat(notice.resolvedAt()).isNull();
	}

	@Test
	void monitoringIsRecordedOnlyTheFirstTime() {
		Notice notice = incident(NoticeStatus.INVESTIGATING);
		Instant first = NOW.plusSeconds(60);

		notice.post(update(NoticeStatus.MONITORING, first));
		notice.post(update(NoticeStatus.IDENTIFIED, first.plusSeconds(60)));
		notice.post(update(NoticeStatus.MONITORING, first.plusSeconds(120)));

		assertThat(notice.monitoringAt()).isEqualTo(first);
	}

	@Test
	void updatesAreKeptNewestFirstByTheTimeReadersSee() {
		Notice notice = incident(NoticeStatus.INVESTIGATING);
		// a backfilled update written now but shown as earlier than the first
		NoticeUpdate backfilled = new NoticeUpdate("u-back", NoticeStatus.IDENTIFIED, "earlier", NOW.plusSeconds(60),
				NOW.minusSeconds(600), false, List.of());

		notice.post(update(NoticeStatus.MONITORING, NOW.plusSeconds(120)));
		notice.post(backfilled);

		assertThat(notice.updates()).extracting(NoticeUpdate::status)
			.containsExactly(NoticeStatus.MONITORING, NoticeStatus.INVESTIGATING, NoticeStatus.IDENTIFIED);
		assertThat(notice.status()).isEqualTo(NoticeStatus.IDENTIFIED);
	}

	@Test
	void anIncidentFirstShownMoreThanAMinuteBeforeItWasWrittenIsBackfilled() {
		NoticeUpdate late = new NoticeUpdate("u1", NoticeStatus.RESOLVED, "it happened", NOW,
				NOW.minus(Duration.ofHours(2)), false, List.of());

		Notice notice = Notice.open(PAGE, NoticeKind.INCIDENT, "Yesterday's outage", null, late);

		assertThat(notice.backfilled()).isTrue();
		assertThat(notice.startedAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
		assertThat(incident(NoticeStatus.INVESTIGATING).backfilled()).isFalse();
	}

	@Test
	void aMaintenanceNeedsAScheduleThatEndsAfterItStarts() {
		NoticeUpdate first = update(NoticeStatus.SCHEDULED, NOW);

		assertThatThrownBy(() -> Notice.open(PAGE, NoticeKind.MAINTENANCE, "Upgrade", null, first))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("scheduled_for"));
		Schedule backwards = new Schedule(NOW.plusSeconds(3600), NOW, false, false, false);
		assertThatThrownBy(() -> Notice.open(PAGE, NoticeKind.MAINTENANCE, "Upgrade", backwards, first))
			.isInstanceOfSatisfying(RequestRejected.class,
					(ex) -> assertThat(ex.getMessage()).isEqualTo("scheduled_until must be after scheduled_for."));
	}

	@Test
	void aNameIsOneTo300Characters() {
		NoticeUpdate first = update(NoticeStatus.INVESTIGATING, NOW);

		assertThatThrownBy(() -> Notice.open(PAGE, NoticeKind.INCIDENT, "  ", null, first))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> Notice.open(PAGE, NoticeKind.INCIDENT, "x".repeat(301), null, first))
			.isInstanceOf(RequestRejected.class);
		assertThat(Notice.open(PAGE, NoticeKind.INCIDENT, "  API down  ", null, first).name()).isEqualTo("API down");
	}

	@Test
	void aMaintenanceStartsWhenItGoesInProgressAndCanOnlyBeRescheduledBefore() {
		Notice notice = maintenance();
		assertThat(notice.startedAt()).isEqualTo(NOW.plusSeconds(3600));
		Instant early = NOW.plusSeconds(1800);

		notice.post(update(NoticeStatus.IN_PROGRESS, early));

		assertThat(notice.startedAt()).isEqualTo(early);
		assertThatThrownBy(() -> notice
			.reschedule(new Schedule(NOW.plusSeconds(7200), NOW.plusSeconds(9000), false, false, false), NOW))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(RequestRejected.Reason.CONFLICT);
				assertThat(ex.getMessage()).isEqualTo("Only a maintenance that has not started can be rescheduled.");
			});
	}

	@Test
	void aMaintenanceAlwaysHasTheImpactMaintenanceAndAnIncidentCannotTakeIt() {
		Notice maintenance = maintenance();
		maintenance.deriveImpact(ComponentStatus.MAJOR_OUTAGE);
		assertThat(maintenance.impact()).isEqualTo(Impact.MAINTENANCE);

		Notice incident = incident(NoticeStatus.INVESTIGATING);
		assertThat(incident.impact()).isEqualTo(Impact.NONE);
		incident.deriveImpact(ComponentStatus.PARTIAL_OUTAGE);
		assertThat(incident.impact()).isEqualTo(Impact.MAJOR);
		incident.overrideImpact(Impact.CRITICAL, NOW);
		assertThat(incident.impact()).isEqualTo(Impact.CRITICAL);
		assertThatThrownBy(() -> incident.overrideImpact(Impact.MAINTENANCE, NOW))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("impact_override"));
		assertThat(incident.impact()).isEqualTo(Impact.CRITICAL);
	}

	@Test
	void aResolvedIncidentKeepsTheWorstImpactItHadWhileOpen() {
		Notice incident = incident(NoticeStatus.INVESTIGATING);
		incident.deriveImpact(ComponentStatus.PARTIAL_OUTAGE);
		incident.post(update(NoticeStatus.IDENTIFIED, NOW.plusSeconds(60)));
		incident.deriveImpact(ComponentStatus.DEGRADED_PERFORMANCE);
		assertThat(incident.impact()).as("open: as the components are now").isEqualTo(Impact.MINOR);

		incident.post(update(NoticeStatus.RESOLVED, NOW.plusSeconds(120)));
		incident.deriveImpact(ComponentStatus.OPERATIONAL);
		assertThat(incident.impact()).as("resolved: the worst while open").isEqualTo(Impact.MAJOR);

		incident.post(update(NoticeStatus.INVESTIGATING, NOW.plusSeconds(180)));
		incident.deriveImpact(ComponentStatus.OPERATIONAL);
		assertThat(incident.impact()).as("reopened: as the components are now").isEqualTo(Impact.NONE);
		incident.overrideImpact(Impact.MINOR, NOW);
		incident.post(update(NoticeStatus.RESOLVED, NOW.plusSeconds(240)));
		assertThat(incident.impact()).as("an override wins").isEqualTo(Impact.MINOR);
	}

	@Test
	void anIncidentKeepsTheImpactItsUpdatesStatedEvenWhenTheComponentsNeverShowedIt() {
		// A backfilled update records its statuses in the components' history only.
		NoticeUpdate.ComponentChange down = new NoticeUpdate.ComponentChange(null, "API", ComponentStatus.OPERATIONAL,
				ComponentStatus.MAJOR_OUTAGE);
		Notice incident = Notice.open(PAGE, NoticeKind.INCIDENT, "API down", null, new NoticeUpdate("u1",
				NoticeStatus.INVESTIGATING, "down", NOW, NOW.minus(Duration.ofDays(3)), false, List.of(down)));
		incident.deriveImpact(ComponentStatus.OPERATIONAL);
		NoticeUpdate.ComponentChange up = new NoticeUpdate.ComponentChange(null, "API", ComponentStatus.MAJOR_OUTAGE,
				ComponentStatus.OPERATIONAL);
		incident.post(new NoticeUpdate("u2", NoticeStatus.RESOLVED, "fixed", NOW, NOW.minus(Duration.ofDays(2)), false,
				List.of(up)));
		incident.deriveImpact(ComponentStatus.OPERATIONAL);

		assertThat(incident.impact()).isEqualTo(Impact.CRITICAL);
	}

	private static Notice incident(NoticeStatus status) {
		return Notice.open(PAGE, NoticeKind.INCIDENT, "API errors", null, update(status, NOW));
	}

	private static Notice maintenance() {
		Schedule schedule = new Schedule(NOW.plusSeconds(3600), NOW.plusSeconds(7200), false, false, false);
		return Notice.open(PAGE, NoticeKind.MAINTENANCE, "Database upgrade", schedule,
				update(NoticeStatus.SCHEDULED, NOW));
	}

	private static NoticeUpdate update(NoticeStatus status, Instant at) {
		return new NoticeUpdate("u-" + at.getEpochSecond(), status, "text", at, at, true, List.of());
	}

}
