package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.sharpend.provider.UpstreamReachedComponents;
import dev.sharpend.provider.upstream.UpstreamStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A provider component's changes handled out of order (reactions run on several threads)
 * never reopen an alert its later recovery resolved.
 */
class ProviderAlertsTests {

	private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aChangeOlderThanTheLastOneAppliedIsSkipped() {
		Integrations integrations = mock(Integrations.class);
		AlertIntake intake = mock(AlertIntake.class);
		Integration provider = new Integration(UUID.randomUUID(), "upstream", IntegrationType.PROVIDER, "shk_abcd",
				List.of("alertname"), List.of("alertname"), Duration.ofMinutes(5), null, T, null, null);
		when(integrations.all()).thenReturn(List.of(provider));
		ProviderAlerts alerts = new ProviderAlerts(integrations, intake);

		alerts.on(change(UpstreamStatus.MAJOR_OUTAGE, T));
		// the recovery at 11:00 is handled before the partial outage seen at 10:30
		alerts.on(change(UpstreamStatus.OPERATIONAL, T.plus(Duration.ofHours(1))));
		alerts.on(change(UpstreamStatus.PARTIAL_OUTAGE, T.plus(Duration.ofMinutes(30))));
		// another component of the same provider is its own alert
		alerts.on(new UpstreamReachedComponents("GitHub", "Pages", UpstreamStatus.OPERATIONAL, UpstreamStatus.DEGRADED,
				null, List.of(), T.plus(Duration.ofMinutes(10))));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<IncomingAlert>> sent = ArgumentCaptor.forClass(List.class);
		verify(intake, times(3)).accept(eq(provider), sent.capture());
		assertThat(sent.getAllValues()).extracting((batch) -> batch.get(0).status())
			.containsExactly(AlertStatus.FIRING, AlertStatus.RESOLVED, AlertStatus.FIRING);
		assertThat(sent.getAllValues().get(2).get(0).labels()).containsEntry("upstream_component", "Pages");
		verify(intake, times(3)).accept(any(), any());
	}

	private static UpstreamReachedComponents change(UpstreamStatus to, Instant at) {
		return new UpstreamReachedComponents("GitHub", "Actions", UpstreamStatus.OPERATIONAL, to, null, List.of(), at);
	}

}
