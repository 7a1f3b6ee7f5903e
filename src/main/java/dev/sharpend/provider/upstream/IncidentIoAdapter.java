package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * incident.io pages as they load themselves: {@code /proxy/<host>}
 * ({@code {"summary":…}}, with component groups, the components affected now, ongoing
 * incidents and scheduled maintenances) and {@code /proxy/<host>/incidents} (the
 * history). Richer than the Statuspage shim those pages also serve, which has no groups
 * and no impacts.
 */
final class IncidentIoAdapter implements JsonAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.INCIDENT_IO;
	}

	@Override
	public boolean recognises(JsonNode root) {
		JsonNode summary = root.path("summary");
		if (summary.isObject() && (summary.has("structure") || summary.has("ongoing_incidents"))) {
			return true;
		}
		// The history: a Statuspage incidents.json always names its page, this never
		// does.
		List<JsonNode> incidents = Json.list(root, "incidents");
		return !root.has("page") && root.path("incidents").isArray() && (incidents.isEmpty()
				|| incidents.get(0).has("component_impacts") || incidents.get(0).has("status_summaries"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		JsonNode summary = root.path("summary");
		if (!summary.isObject()) {
			List<UpstreamEvent> history = Json.list(root, "incidents").stream().map(IncidentIoAdapter::event).toList();
			return UpstreamReport.of(format(), List.of(), history);
		}
		Map<String, UpstreamStatus> affected = new HashMap<>();
		Json.list(summary, "affected_components")
			.forEach((c) -> affected.merge(Json.text(c, "component_id", ""),
					StatuspageAdapter.status(Json.text(c, "status")), UpstreamStatus::worse));
		Map<String, String> groups = groups(summary);
		List<UpstreamComponent> components = new ArrayList<>();
		for (JsonNode c : Json.list(summary, "components")) {
			String id = Json.text(c, "id", "");
			UpstreamStatus status = affected.getOrDefault(id, UpstreamStatus.OPERATIONAL);
			components.add(UpstreamComponent.of(id, Json.text(c, "name", id), status).in(groups.get(id)));
		}
		List<UpstreamEvent> events = new ArrayList<>();
		Json.list(summary, "ongoing_incidents").forEach((i) -> events.add(event(i)));
		Json.list(summary, "scheduled_maintenances").forEach((m) -> events.add(event(m)));
		return UpstreamReport.of(format(), components, events);
	}

	/** Component id to the name of the group the page's structure files it under. */
	private static Map<String, String> groups(JsonNode summary) {
		Map<String, String> groups = new HashMap<>();
		for (JsonNode item : Json.list(summary.path("structure"), "items")) {
			JsonNode group = item.path("group");
			if (group.isObject()) {
				String name = Json.text(group, "name", "");
				Json.list(group, "components").forEach((c) -> groups.put(Json.text(c, "component_id", ""), name));
			}
		}
		return groups;
	}

	private static UpstreamEvent event(JsonNode node) {
		String id = Json.text(node, "id", "");
		String name = Json.text(node, "name", "");
		String status = Json.text(node, "status", "");
		boolean maintenance = "maintenance".equals(Json.text(node, "type")) || status.startsWith("maintenance_");
		List<UpstreamUpdate> updates = new ArrayList<>();
		for (JsonNode update : Json.list(node, "updates")) {
			Instant at = Json.instant(update, "published_at");
			if (at != null) {
				updates.add(new UpstreamUpdate(at, state(Json.text(update, "to_status")),
						Json.text(update, "message_string", "")));
			}
		}
		UpstreamEvent event = maintenance
				? UpstreamEvent.maintenance(id, name, Objects.requireNonNullElse(state(status), EventState.SCHEDULED))
				: UpstreamEvent.incident(id, name, Objects.requireNonNullElse(state(status), EventState.ONGOING),
						worstImpact(node));
		return event.from(maintenance ? plannedStart(node) : start(node, updates))
			.until(end(node, event.isActive() || event.state() == EventState.SCHEDULED))
			.withComponents(componentIds(node))
			.withUpdates(updates);
	}

	/**
	 * The earliest of publication, the first update and the first impact: pages back-date
	 * updates to when trouble began, before the incident was published.
	 */
	private static @Nullable Instant start(JsonNode node, List<UpstreamUpdate> updates) {
		List<Instant> candidates = new ArrayList<>();
		candidates.add(Json.instant(node, "published_at"));
		updates.forEach((u) -> candidates.add(u.at()));
		Json.list(node, "component_impacts").forEach((i) -> candidates.add(Json.instant(i, "start_at")));
		return candidates.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
	}

	/** The planned start, else when the first component went into maintenance. */
	private static @Nullable Instant plannedStart(JsonNode node) {
		Instant planned = Json.instant(node, "starts_at");
		if (planned != null) {
			return planned;
		}
		return Json.list(node, "component_impacts")
			.stream()
			.map((i) -> Json.instant(i, "start_at"))
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(Json.instant(node, "published_at"));
	}

	/** The last impact's end once over; a maintenance's planned end before. */
	private static @Nullable Instant end(JsonNode node, boolean open) {
		Instant planned = Json.instant(node, "ends_at");
		if (open) {
			return planned;
		}
		List<Instant> ends = new ArrayList<>();
		ends.add(planned);
		Json.list(node, "component_impacts").forEach((i) -> ends.add(Json.instant(i, "end_at")));
		Json.list(node, "status_summaries").forEach((s) -> ends.add(Json.instant(s, "end_at")));
		return ends.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

	private static Impact worstImpact(JsonNode node) {
		UpstreamStatus worst = UpstreamStatus.OPERATIONAL;
		for (String list : List.of("affected_components", "component_impacts")) {
			for (JsonNode c : Json.list(node, list)) {
				worst = worst.worse(StatuspageAdapter.status(Json.text(c, "status")));
			}
		}
		return switch (worst) {
			case MAJOR_OUTAGE -> Impact.CRITICAL;
			case PARTIAL_OUTAGE -> Impact.MAJOR;
			case OPERATIONAL -> Impact.NONE;
			default -> Impact.MINOR;
		};
	}

	private static List<String> componentIds(JsonNode node) {
		Set<String> ids = new LinkedHashSet<>();
		for (String list : List.of("affected_components", "component_impacts")) {
			Json.list(node, list).forEach((c) -> ids.add(Json.text(c, "component_id", "")));
		}
		ids.remove("");
		return List.copyOf(ids);
	}

	private static @Nullable EventState state(@Nullable String status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case "investigating" -> EventState.INVESTIGATING;
			case "identified" -> EventState.IDENTIFIED;
			case "monitoring" -> EventState.MONITORING;
			case "resolved" -> EventState.RESOLVED;
			case "maintenance_scheduled" -> EventState.SCHEDULED;
			case "maintenance_in_progress" -> EventState.IN_PROGRESS;
			case "maintenance_complete" -> EventState.COMPLETED;
			default -> null;
		};
	}

}
