package dev.sharpend.incident;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentStatusTests {

	private static final Instant DECLARED = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void movesOnTowardsClosedOrBackToInvestigating() {
		assertThat(IncidentStatus.INVESTIGATING.next()).containsExactlyInAnyOrder(IncidentStatus.MITIGATED,
				IncidentStatus.RESOLVED);
		assertThat(IncidentStatus.MITIGATED.next()).containsExactlyInAnyOrder(IncidentStatus.INVESTIGATING,
				IncidentStatus.RESOLVED);
		assertThat(IncidentStatus.RESOLVED.next()).containsExactlyInAnyOrder(IncidentStatus.INVESTIGATING,
				IncidentStatus.CLOSED);
		assertThat(IncidentStatus.CLOSED.next()).isEmpty();
	}

	@Test
	void onlyInvestigatingAndMitigatedAreOpen() {
		assertThat(IncidentStatus.INVESTIGATING.open()).isTrue();
		assertThat(IncidentStatus.MITIGATED.open()).isTrue();
		assertThat(IncidentStatus.RESOLVED.open()).isFalse();
		assertThat(IncidentStatus.CLOSED.open()).isFalse();
	}

	@Test
	void readsAndWritesTheWireCodes() {
		assertThat(IncidentStatus.MITIGATED.code()).isEqualTo("mitigated");
		assertThat(IncidentStatus.MITIGATED.label()).isEqualTo("Mitigated");
		assertThat(WireCode.find(IncidentStatus.class, "resolved")).contains(IncidentStatus.RESOLVED);
		assertThat(WireCode.find(IncidentStatus.class, "RESOLVED")).isEmpty();
		assertThat(WireCode.find(IncidentStatus.class, "open")).isEmpty();
		assertThat(WireCode.codes(IncidentStatus.class)).isEqualTo("investigating, mitigated, resolved, closed");
	}

	@Test
	void aRefusedMoveIsAConflictNamingWhereItCanGo() {
		Incident incident = incident(IncidentStatus.INVESTIGATING);

		assertThatThrownBy(() -> incident.moveTo(IncidentStatus.CLOSED, DECLARED.plusSeconds(60)))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(RequestRejected.Reason.CONFLICT);
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.getMessage())
					.isEqualTo("INC-7 is investigating; it can move to mitigated or resolved, not closed.");
			});
	}

	@Test
	void aClosedIncidentMovesNowhere() {
		Incident incident = incident(IncidentStatus.CLOSED);

		assertThatThrownBy(() -> incident.moveTo(IncidentStatus.INVESTIGATING, DECLARED))
			.hasMessage("INC-7 is closed; it can move to nothing else, not investigating.");
	}

	@Test
	void eachMoveRecordsWhenItHappenedAndKeepsEarlierTimes() {
		Instant mitigated = DECLARED.plusSeconds(600);
		Instant resolved = DECLARED.plusSeconds(1200);
		Instant closed = DECLARED.plusSeconds(1800);

		Incident after = incident(IncidentStatus.INVESTIGATING).moveTo(IncidentStatus.MITIGATED, mitigated)
			.moveTo(IncidentStatus.RESOLVED, resolved)
			.moveTo(IncidentStatus.CLOSED, closed);

		assertThat(after.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(after.mitigatedAt()).isEqualTo(mitigated);
		assertThat(after.resolvedAt()).isEqualTo(resolved);
		assertThat(after.closedAt()).isEqualTo(closed);
		assertThat(after.updatedAt()).isEqualTo(closed);
		assertThat(after.declaredAt()).isEqualTo(DECLARED);
	}

	private static Incident incident(IncidentStatus status) {
		return new Incident(7, "Checkout fails", "", "SEV2", status, DECLARED, "alice", null, null, null, DECLARED, 1);
	}

}
