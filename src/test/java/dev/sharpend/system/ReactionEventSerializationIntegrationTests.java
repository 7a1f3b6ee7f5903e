package dev.sharpend.system;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroupActionRecorded;
import dev.sharpend.alert.AlertGroupResolved;
import dev.sharpend.alert.AlertGroupTriggered;
import dev.sharpend.alert.AlertReceived;
import dev.sharpend.alert.AlertStatus;
import dev.sharpend.alert.AlertsReceived;
import dev.sharpend.alert.ChangeEventReceived;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.ComponentStatusChanged;
import dev.sharpend.catalog.PageId;
import dev.sharpend.oncall.GroupPaged;
import dev.sharpend.oncall.PageRoute;
import dev.sharpend.incident.AlertGroupsAttached;
import dev.sharpend.incident.HypothesisRecorded;
import dev.sharpend.incident.HypothesisStatusChanged;
import dev.sharpend.incident.IncidentDeclared;
import dev.sharpend.incident.IncidentEdited;
import dev.sharpend.incident.IncidentParticipantAdded;
import dev.sharpend.incident.IncidentRole;
import dev.sharpend.incident.IncidentRoleAssigned;
import dev.sharpend.incident.IncidentSeverityChanged;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.IncidentStatusChanged;
import dev.sharpend.incident.StatusIncidentPublished;
import dev.sharpend.incident.TimelineEntryEdited;
import dev.sharpend.incident.TimelineEntryRecorded;
import dev.sharpend.incident.TimelineEntryRemoved;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.UpstreamComponentChange;
import dev.sharpend.provider.UpstreamReachedComponents;
import dev.sharpend.provider.UpstreamStatusChanged;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.search.SearchRebuildRequested;
import dev.sharpend.statuspage.NoticeId;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticePublished;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event another module reacts to is stored as JSON until the reaction ran, and read
 * back to run it again after a failure or a restart: each must come back equal, with the
 * application's own JSON settings.
 */
@SharpendIntegrationTest
class ReactionEventSerializationIntegrationTests {

	@Autowired
	EventSerializer serializer;

	static Stream<Object> events() {
		UUID integration = UUID.randomUUID();
		return Stream.of(
				new AlertsReceived(Instant.parse("2026-11-24T10:00:00.123456Z"), List.of(
						new AlertReceived(integration, "fp-1", "HighLatency", AlertStatus.FIRING, true, 7L, false),
						new AlertReceived(integration, "fp-2", "Disk \u0000 full", AlertStatus.RESOLVED, false, null,
								true))),
				new AlertGroupTriggered(7, "HighLatency", "HighLatency (job=api)", integration,
						Instant.parse("2026-11-24T10:00:01.5Z")),
				new AlertGroupAcknowledged(7, "HighLatency", "dana", Instant.parse("2026-11-24T10:00:01.5Z")),
				new AlertGroupResolved(7, "HighLatency", true, Instant.parse("2026-11-24T10:00:01.5Z")),
				new GroupPaged(7, 1, List.of(integration), Instant.parse("2026-11-24T10:00:01.5Z")),
				new GroupPaged(7, 2, List.of(integration, integration), Instant.parse("2026-11-24T10:00:01.5Z"),
						List.of(new PageRoute(integration, integration, ZoneId.of("Europe/Berlin"), 1),
								new PageRoute(null, integration, ZoneId.of("America/New_York"), 1))),
				new ChangeEventReceived(integration, "Deploy v2", Instant.parse("2026-11-24T09:58:00.123Z"), "ci", null,
						List.of(new ChangeEventReceived.Link("https://ci.example.com/1", "Build 1"))),
				new AlertGroupsAttached(3, List.of(7L, 8L), "dana", Instant.parse("2026-11-24T10:00:01.5Z")),
				new HypothesisRecorded(3, 4, "the cache"), new HypothesisStatusChanged(3, 4, "open", "refuted", "dana"),
				new IncidentDeclared(3, "Checkout down", "SEV1", "dana"), new IncidentEdited(3, "title"),
				new IncidentParticipantAdded(3, "dana"),
				new IncidentRoleAssigned(3, IncidentRole.COMMANDER, "dana", null, "sam"),
				new IncidentSeverityChanged(3, "SEV2", "SEV1", "dana"),
				new IncidentStatusChanged(3, IncidentStatus.INVESTIGATING, IncidentStatus.MITIGATED, "dana"),
				new StatusIncidentPublished(3, "page1", "notice1", true), new TimelineEntryEdited(3, 9, "body"),
				new TimelineEntryRecorded(3, 9, "alert", "Sharpend", true, Instant.parse("2026-11-24T10:00:01.5Z")),
				new TimelineEntryRemoved(3, 9),
				new SearchRebuildRequested(Instant.parse("2026-11-24T10:00:00.123456Z")),
				new NoticePublished(new PageId("page1"), new NoticeId("notice1"), NoticeKind.MAINTENANCE, "Upgrade",
						NoticeStatus.IN_PROGRESS, "u1", false),
				new ComponentStatusChanged(new PageId("page1"), new ComponentId("comp1"), "API",
						ComponentStatus.OPERATIONAL, ComponentStatus.MAJOR_OUTAGE),
				new ComponentStatusChanged(new PageId("page1"), new ComponentId("comp1"), "API",
						ComponentStatus.OPERATIONAL, ComponentStatus.PARTIAL_OUTAGE, true),
				new UpstreamStatusChanged(new ProviderId(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001")),
						"GitHub", UpstreamStatus.OPERATIONAL, UpstreamStatus.PARTIAL_OUTAGE,
						List.of(new UpstreamComponentChange("Actions", UpstreamStatus.UNKNOWN,
								UpstreamStatus.PARTIAL_OUTAGE)),
						"Actions runs are delayed", Instant.parse("2026-11-24T10:00:01.5Z")),
				new UpstreamReachedComponents("GitHub", "Actions", UpstreamStatus.OPERATIONAL,
						UpstreamStatus.PARTIAL_OUTAGE, null, List.of(new ComponentId("comp1")),
						Instant.parse("2026-11-24T10:00:01.5Z")),
				new AlertGroupActionRecorded(7, ActionTaken.WORK_ONGOING, "dana",
						Instant.parse("2026-11-24T10:00:01.5Z")));
	}

	@Test
	void aPageStoredBeforeRoutesWereRecordedIsReadWithoutRoutes() {
		String stored = """
				{"group":7,"step":1,"people":["8f9d7a52-2f4e-4b1c-9a54-3f1e2d6c7b10"],"at":"2026-11-24T10:00:01.5Z"}""";

		GroupPaged read = (GroupPaged) this.serializer.deserialize(stored, GroupPaged.class);

		assertThat(read.routes()).isEmpty();
		assertThat(read.people()).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("events")
	void comesBackEqualFromTheRegistry(Object event) {
		Object stored = this.serializer.serialize(event);

		assertThat(this.serializer.deserialize(stored, event.getClass())).isEqualTo(event);
	}

}
