package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Atlassian Statuspage v2: any of {@code summary.json}, {@code status.json},
 * {@code components.json}, {@code incidents.json} and
 * {@code scheduled-maintenances.json}, in the shapes pages have served since 2017
 * (incidents without {@code components} and {@code started_at} before 2020), and the
 * incident.io compatibility shim, which sends {@code null} for empty lists.
 */
final class StatuspageAdapter implements JsonAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.STATUSPAGE;
	}

	@Override
	public boolean recognises(JsonNode root) {
		JsonNode page = root.path("page");
		return page.isObject() && page.has("id") && (root.has("status") || root.has("components")
				|| root.has("incidents") || root.has("scheduled_maintenances"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		List<UpstreamEvent> events = new ArrayList<>();
		Json.list(root, "incidents").forEach((incident) -> events.add(incident(incident)));
		Json.list(root, "scheduled_maintenances").forEach((maintenance) -> events.add(maintenance(maintenance)));
		return UpstreamReport.of(format(), components(root), events).stating(indicator(root));
	}

	private static @Nullable UpstreamStatus indicator(JsonNode root) {
		String indicator = Json.text(root.path("status"), "indicator");
		if (indicator == null) {
			return null;
		}
		return switch (indicator) {
			case "none" -> UpstreamStatus.OPERATIONAL;
			case "minor" -> UpstreamStatus.DEGRADED;
			case "major" -> UpstreamStatus.PARTIAL_OUTAGE;
			case "critical" -> UpstreamStatus.MAJOR_OUTAGE;
			case "maintenance" -> UpstreamStatus.MAINTENANCE;
			default -> UpstreamStatus.UNKNOWN;
		};
	}

	/**
	 * The components without the group rows: a group carries a status rolled up from its
	 * children, which would count every child's trouble twice; its name becomes the
	 * children's group.
	 */
	private static List<UpstreamComponent> components(JsonNode root) {
		Map<String, String> groups = new HashMap<>();
		List<JsonNode> all = Json.list(root, "components");
		all.stream()
			.filter((c) -> c.path("group").asBoolean(false))
			.forEach((g) -> groups.put(Json.text(g, "id", ""), Json.text(g, "name", "")));
		List<UpstreamComponent> components = new ArrayList<>();
		for (JsonNode c : all) {
			if (c.path("group").asBoolean(false)) {
				continue;
			}
			String id = Json.text(c, "id", "");
			String group = groups.get(Json.text(c, "group_id", ""));
			components
				.add(UpstreamComponent.of(id, Json.text(c, "name", id), status(Json.text(c, "status"))).in(group));
		}
		return components;
	}

	static UpstreamStatus status(@Nullable String status) {
		if (status == null) {
			return UpstreamStatus.UNKNOWN;
		}
		return switch (status) {
			case "operational" -> UpstreamStatus.OPERATIONAL;
			case "degraded_performance" -> UpstreamStatus.DEGRADED;
			case "partial_outage" -> UpstreamStatus.PARTIAL_OUTAGE;
			case "major_outage", "full_outage" -> UpstreamStatus.MAJOR_OUTAGE;
			case "under_maintenance" -> UpstreamStatus.MAINTENANCE;
			default -> UpstreamStatus.UNKNOWN;
		};
	}

	private static UpstreamEvent incident(JsonNode incident) {
		EventState state = state(Json.text(incident, "status"), EventState.ONGOING);
		Instant started = Json.instant(incident, "started_at");
		return common(incident,
				UpstreamEvent.incident(Json.text(incident, "id", ""), Json.text(incident, "name", ""), state,
						impact(Json.text(incident, "impact"))))
			.from((started != null) ? started : Json.instant(incident, "created_at"))
			.until(Json.instant(incident, "resolved_at"));
	}

	private static UpstreamEvent maintenance(JsonNode maintenance) {
		EventState state = state(Json.text(maintenance, "status"), EventState.IN_PROGRESS);
		UpstreamEvent event = UpstreamEvent
			.maintenance(Json.text(maintenance, "id", ""), Json.text(maintenance, "name", ""), state)
			.from(Json.instant(maintenance, "scheduled_for"))
			.until(Json.instant(maintenance, "scheduled_until"));
		// Pages have given maintenances a real impact ("major"); keep what the page says.
		String impact = Json.text(maintenance, "impact");
		if (impact != null && !"none".equals(impact)) {
			event = event.withImpact(impact(impact));
		}
		return common(maintenance, event);
	}

	private static Impact impact(@Nullable String impact) {
		if (impact == null) {
			return Impact.MINOR;
		}
		return switch (impact) {
			case "none" -> Impact.NONE;
			case "major" -> Impact.MAJOR;
			case "critical" -> Impact.CRITICAL;
			case "maintenance" -> Impact.MAINTENANCE;
			default -> Impact.MINOR;
		};
	}

	/**
	 * Components from the event itself, or (in the shape before 2020, which had none)
	 * from the components its updates name.
	 */
	private static UpstreamEvent common(JsonNode node, UpstreamEvent event) {
		Set<String> components = new LinkedHashSet<>();
		Json.list(node, "components").forEach((c) -> components.add(Json.text(c, "id", "")));
		List<UpstreamUpdate> updates = new ArrayList<>();
		for (JsonNode update : Json.list(node, "incident_updates")) {
			if (!node.has("components")) {
				Json.list(update, "affected_components").forEach((c) -> components.add(Json.text(c, "code", "")));
			}
			Instant at = Json.instant(update, "display_at");
			at = (at != null) ? at : Json.instant(update, "created_at");
			if (at != null) {
				updates.add(new UpstreamUpdate(at, state(Json.text(update, "status"), null),
						Json.text(update, "body", "")));
			}
		}
		components.remove("");
		return event.withComponents(List.copyOf(components)).withUpdates(updates).withUrl(Json.text(node, "shortlink"));
	}

	/** The state a status names; postmortem (written after resolving) is resolved. */
	private static @Nullable EventState state(@Nullable String status, @Nullable EventState fallback) {
		if (status == null) {
			return fallback;
		}
		return switch (status) {
			case "investigating" -> EventState.INVESTIGATING;
			case "identified" -> EventState.IDENTIFIED;
			case "monitoring" -> EventState.MONITORING;
			case "resolved", "postmortem" -> EventState.RESOLVED;
			case "scheduled" -> EventState.SCHEDULED;
			case "in_progress", "verifying" -> EventState.IN_PROGRESS;
			case "completed" -> EventState.COMPLETED;
			default -> fallback;
		};
	}

}
