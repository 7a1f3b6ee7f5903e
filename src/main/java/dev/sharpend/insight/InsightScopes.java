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

	/** How long names of teams, integrations and rotations are kept. */
	static final java.time.Duration KEEP = java.time.Duration.ofSeconds(30);

	private final Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

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
		return new InsightScope(
				find((fresh) -> kept("team", fresh, this::loadTeams), team, "team", this.repository::teamsOnRecord),
				find((fresh) -> kept("integration", fresh, this::loadIntegrations), integration, "integration",
						this.repository::integrationsOnRecord),
				(rotation == null || rotation.isBlank()) ? null
						: find((fresh) -> kept("rotation", fresh, this::loadRotations), rotation, "rotation",
								this.repository::rotationsOnRecord));
	}

	/**
	 * The names of teams, integrations or rotations, read again when older than
	 * {@link #KEEP} or when asked fresh: every insights page names them all for its
	 * filters, and reading who is on call in every team costs more than the figures.
	 */
	private Map<UUID, String> kept(String what, boolean fresh, Supplier<Map<UUID, String>> load) {
		long now = System.nanoTime();
		Kept kept = this.kept.get(what);
		if (fresh || kept == null || now - kept.at() > KEEP.toNanos()) {
			kept = new Kept(now, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(load.get())));
			this.kept.put(what, kept);
		}
		return kept.names();
	}

	private record Kept(long at, Map<UUID, String> names) {
	}

	private Map<UUID, String> loadRotations() {
		Map<UUID, String> rotations = new LinkedHashMap<>();
		this.onCall.schedules()
			.stream()
			.sorted(java.util.Comparator.comparing(ScheduleOutline::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((s) -> rotations.put(s.schedule().value(), s.name()));
		return rotations;
	}

	/** Every team there is, by id, by name. */
	Map<UUID, String> teams() {
		return loadTeams();
	}

	/** Every integration there is, by id, by name. */
	Map<UUID, String> integrations() {
		return loadIntegrations();
	}

	/**
	 * The teams, integrations and rotations to filter by, by id, by name, as read at most
	 * {@link #KEEP} ago.
	 */
	Choices choices() {
		return new Choices(kept("team", false, this::loadTeams), kept("integration", false, this::loadIntegrations),
				kept("rotation", false, this::loadRotations));
	}

	/**
	 * What a filter offers.
	 *
	 * @param teams by id, by name
	 * @param integrations by id, by name
	 * @param rotations by id, by name
	 */
	record Choices(Map<UUID, String> teams, Map<UUID, String> integrations, Map<UUID, String> rotations) {
	}

	private Map<UUID, String> loadTeams() {
		Map<UUID, String> teams = new LinkedHashMap<>();
		for (TeamOnCall team : this.onCall.everyTeam(this.clock.instant())) {
			teams.put(team.team().value(), team.teamName());
		}
		return teams;
	}

	private Map<UUID, String> loadIntegrations() {
		Map<UUID, String> integrations = new LinkedHashMap<>();
		this.integrations.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Integration::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((i) -> integrations.put(i.id(), i.name()));
		return integrations;
	}

	// a deleted team or integration is still found by id while figures hold it
	private static @Nullable UUID find(java.util.function.Function<Boolean, Map<UUID, String>> names,
			@Nullable String given, String parameter, Supplier<List<UUID>> onRecord) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String wanted = given.strip();
		// the kept names first, then read again: one created a moment ago is found too
		for (boolean fresh : new boolean[] { false, true }) {
			for (Map.Entry<UUID, String> entry : names.apply(fresh).entrySet()) {
				if (entry.getKey().toString().equalsIgnoreCase(wanted) || entry.getValue().equalsIgnoreCase(wanted)) {
					return entry.getKey();
				}
			}
		}
		for (UUID id : onRecord.get()) {
			if (id.toString().equalsIgnoreCase(wanted)) {
				return id;
			}
		}
		Map<UUID, String> known = names.apply(false);
		throw RequestRejected.invalid(parameter,
				"Unknown " + parameter + " '" + wanted + "': give the id or the name of one of "
						+ (known.isEmpty() ? "them (there is none yet)" : String.join(", ", known.values())) + ".");
	}

}
