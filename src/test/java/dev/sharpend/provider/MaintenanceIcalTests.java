package dev.sharpend.provider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.ComponentMappings.UpstreamMaintenance;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.EventState;
import dev.sharpend.provider.upstream.Impact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed as calendar apps read it (RFC 5545): CRLF lines folded at 75 octets, one event
 * per maintenance with an announced start, and a UID that stays when the provider moves
 * or renames the maintenance.
 */
class MaintenanceIcalTests {

	private static final ProviderId GITHUB = new ProviderId(UUID.fromString("6f1c1c52-0d4e-4a55-9b0e-3c1d9d8c2a10"));

	private static final ComponentId DEPLOYS = new ComponentId("deploys1");

	private static final Instant STAMP = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void writesOneEventPerAnnouncedStartInValidLines() {
		String ical = MaintenanceIcal.render(
				List.of(maintenance("mnt1", "Runner image upgrade for every hosted runner in every region",
						Instant.parse("2026-12-05T14:00:00Z")), maintenance("mnt2", "Start not announced", null)),
				Map.of(DEPLOYS, "Deploys"), STAMP);

		assertThat(ical).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ical.replace("\r\n", "")).doesNotContain("\n");
		assertThat(Arrays.stream(ical.split("\r\n")))
			.allMatch((line) -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
		String unfolded = ical.replace("\r\n ", "");
		assertThat(unfolded.split("BEGIN:VEVENT", -1)).as("one event").hasSize(2);
		assertThat(unfolded).contains("SUMMARY:GitHub maintenance: Runner image upgrade for every hosted runner")
			.contains("DTSTART:20261205T140000Z")
			.contains("DTEND:20261205T160000Z")
			.contains("DTSTAMP:20261203T120000Z")
			.contains("It touches our component Deploys.")
			.contains("URL:https://www.githubstatus.com/incidents/mnt1")
			.doesNotContain("Start not announced");
	}

	@Test
	void keepsTheUidWhenTheProviderMovesOrRenamesIt() {
		String before = MaintenanceIcal.render(
				List.of(maintenance("mnt1", "Runner image upgrade", Instant.parse("2026-12-05T14:00:00Z"))),
				Map.of(DEPLOYS, "Deploys"), STAMP);
		String after = MaintenanceIcal.render(
				List.of(maintenance("mnt1", "Runner image upgrade (moved)", Instant.parse("2026-12-06T02:00:00Z"))),
				Map.of(DEPLOYS, "Deploys"), STAMP);
		String uid = MaintenanceIcal.uid(GITHUB, "mnt1");

		assertThat(before.replace("\r\n ", "")).contains("UID:" + uid);
		assertThat(after.replace("\r\n ", "")).contains("UID:" + uid).contains("DTSTART:20261206T020000Z");
		assertThat(MaintenanceIcal.uid(GITHUB, "mnt2")).isNotEqualTo(uid);
	}

	private static UpstreamMaintenance maintenance(String id, String title, Instant start) {
		WatchedEvent event = new WatchedEvent(id, EventKind.MAINTENANCE, title, EventState.SCHEDULED,
				Impact.MAINTENANCE, start, (start != null) ? start.plusSeconds(7200) : null, List.of("Actions"),
				"https://www.githubstatus.com/incidents/" + id, null, STAMP, STAMP);
		return new UpstreamMaintenance(GITHUB, "GitHub", event, List.of(DEPLOYS));
	}

}
