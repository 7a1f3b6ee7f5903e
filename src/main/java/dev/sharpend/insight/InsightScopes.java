package dev.sharpend.insight;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.sharpend.alert.Integration;
import dev.sharpend.alert.Integrations;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.ScheduleOutline;
import dev.sharpend.oncall.api.TeamOnCall;
import dev.sharpend.system.RequestRejected;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teams and integrations figures can be narrowed to, by id or name: those that exist
 * now, and, by id, deleted ones still in the figures.
 */
@Component
@Transactional(readOnly = true)
class InsightScopes {

	private final OnCallLookup onCall;

	private final Integrations integrations;

	private final InsightRepository repository;

	private final Clock clock;

	InsightScopes(OnCallLookup onCall, Integrations integrations, InsightRepository repository, Clock clock) {
		this.onCall = onCall;
		this.integrations = integrations;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The scope a request names.
	 * @throws RequestRejected naming {@code team} or {@code integration} when it names
	 * none there is
	 */
	InsightScope parse(@Nullable String team, @Nullable String integration) {
		return parse(team, integration, null);
	}

	/**
	 * @throws RequestRejected (400 naming the parameter) for a team, integration or
	 * rotation that neither exists nor is on record
	 */
	InsightScope parse(@Nullable String team, @Nullable String integration, @Nullable String rotation) {
		return new InsightScope(find(teams(), team, "team", this.repository::teamsOnRecord),
				find(integrations(), integration, "integration", this.repository::integrationsOnRecord),
				(rotation == null || rotation.isBlank()) ? null
						: find(rotations(), rotation, "rotation", this.repository::rotationsOnRecord));
	}

	/** Every rotation (on-call schedule) there is, by id, by name. */
	Map<UUID, String> rotations() {
		Map<UUID, String> rotations = new LinkedHashMap<>();
		this.onCall.schedules()
			.stream()
			.sorted(java.util.Comparator.comparing(ScheduleOutline::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((s) -> rotations.put(s.schedule().value(), s.name()));
		return rotations;
	}

	/** Every team there is, by id, by name. */
	Map<UUID, String> teams() {
		Map<UUID, String> teams = new LinkedHashMap<>();
		for (TeamOnCall team : this.onCall.everyTeam(this.clock.instant())) {
			teams.put(team.team().value(), team.teamName());
		}
		return teams;
	}

	/** Every integration there is, by id, by name. */
	Map<UUID, String> integrations() {
		Map<UUID, String> integrations = new LinkedHashMap<>();
		this.integrations.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Integration::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((i) -> integrations.put(i.id(), i.name()));
		return integrations;
	}

	// a deleted team or integration is still found by id while figures hold it
	private static @Nullable UUID find(Map<UUID, String> known, @Nullable String given, String parameter,
			Supplier<List<UUID>> onRecord) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String wanted = given.strip();
		for (Map.Entry<UUID, String> entry : known.entrySet()) {
			if (entry.getKey().toString().equalsIgnoreCase(wanted) || entry.getValue().equalsIgnoreCase(wanted)) {
				return entry.getKey();
			}
		}
		for (UUID id : onRecord.get()) {
			if (id.toString().equalsIgnoreCase(wanted)) {
				return id;
			}
		}
		throw RequestRejected.invalid(parameter,
				"Unknown " + parameter + " '" + wanted + "': give the id or the name of one of "
						+ (known.isEmpty() ? "them (there is none yet)" : String.join(", ", known.values())) + ".");
	}

}
