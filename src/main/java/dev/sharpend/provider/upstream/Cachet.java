package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What Cachet 2 and Cachet 3 share: their numeric codes for component, incident and
 * schedule status. Their times carry no offset and are read as UTC.
 */
final class Cachet {

	private Cachet() {
	}

	/** 1 operational, 2 performance issues, 3 partial outage, 4 major outage. */
	static UpstreamStatus componentStatus(int code) {
		return switch (code) {
			case 1 -> UpstreamStatus.OPERATIONAL;
			case 2 -> UpstreamStatus.DEGRADED;
			case 3 -> UpstreamStatus.PARTIAL_OUTAGE;
			case 4 -> UpstreamStatus.MAJOR_OUTAGE;
			default -> UpstreamStatus.UNKNOWN;
		};
	}

	/**
	 * An incident: 0 scheduled (Cachet 2's old maintenance), 1 investigating, 2
	 * identified, 3 watching, 4 fixed. Cachet states no impact; an open incident counts
	 * as minor unless its component is worse.
	 */
	static UpstreamEvent incident(String id, String name, int status, @Nullable Instant at) {
		if (status == 0) {
			return UpstreamEvent.maintenance(id, name, EventState.SCHEDULED).from(at);
		}
		EventState state = switch (status) {
			case 1 -> EventState.INVESTIGATING;
			case 2 -> EventState.IDENTIFIED;
			case 3 -> EventState.MONITORING;
			case 4 -> EventState.RESOLVED;
			default -> EventState.ONGOING;
		};
		return UpstreamEvent.incident(id, name, state, Impact.MINOR).from(at);
	}

	/** A schedule (maintenance): 0 upcoming, 1 in progress, 2 complete. */
	static UpstreamEvent schedule(String id, String name, int status, @Nullable Instant from, @Nullable Instant to) {
		EventState state = switch (status) {
			case 0 -> EventState.SCHEDULED;
			case 2 -> EventState.COMPLETED;
			default -> EventState.IN_PROGRESS;
		};
		return UpstreamEvent.maintenance(id, name, state).from(from).until(to);
	}

	/** The incident's impact raised to what its component's status says. */
	static UpstreamEvent withComponent(UpstreamEvent event, @Nullable String componentId,
			List<UpstreamComponent> components) {
		if (componentId == null || "0".equals(componentId)) {
			return event;
		}
		UpstreamEvent linked = event.withComponents(List.of(componentId));
		return components.stream()
			.filter((c) -> c.id().equals(componentId))
			.findFirst()
			.map((c) -> switch (c.status()) {
				case PARTIAL_OUTAGE -> linked.withImpact(Impact.MAJOR);
				case MAJOR_OUTAGE -> linked.withImpact(Impact.CRITICAL);
				default -> linked;
			})
			.orElse(linked);
	}

}
