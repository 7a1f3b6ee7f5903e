package dev.sharpend.provider.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Instatus pages: {@code /summary.json} (the page status, active incidents and
 * maintenances, lists left out when empty) and {@code /v3/components.json} (either
 * {@code {"components":[…]}} or, as documented earlier, a bare list with children). Names
 * can be translations ({@code {"default": …}}).
 */
final class InstatusAdapter implements JsonAdapter {

	private static final Set<String> PAGE_STATUSES = Set.of("UP", "HASISSUES", "UNDERMAINTENANCE");

	private static final Set<String> COMPONENT_STATUSES = Set.of("OPERATIONAL", "DEGRADEDPERFORMANCE", "PARTIALOUTAGE",
			"MINOROUTAGE", "MAJOROUTAGE", "UNDERMAINTENANCE");

	@Override
	public StatusFormat format() {
		return StatusFormat.INSTATUS;
	}

	@Override
	public boolean recognises(JsonNode root) {
		if (PAGE_STATUSES.contains(Json.text(root.path("page"), "status", ""))) {
			return true;
		}
		List<JsonNode> components = root.isArray() ? Json.list(root) : Json.list(root, "components");
		return !root.has("page") && !components.isEmpty()
				&& COMPONENT_STATUSES.contains(Json.text(components.get(0), "status", ""));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		List<UpstreamComponent> components = new ArrayList<>();
		(root.isArray() ? Json.list(root) : Json.list(root, "components"))
			.forEach((c) -> addComponent(c, null, components));
		List<UpstreamEvent> events = new ArrayList<>();
		Json.list(root, "activeIncidents").forEach((i) -> events.add(incident(i)));
		Json.list(root, "activeMaintenances").forEach((m) -> events.add(maintenance(m)));
		String page = Json.text(root.path("page"), "status");
		UpstreamStatus stated = (page == null) ? null : switch (page) {
			case "UP" -> UpstreamStatus.OPERATIONAL;
			case "UNDERMAINTENANCE" -> UpstreamStatus.MAINTENANCE;
			// The page has issues but may not list them: at least degraded.
			default -> UpstreamStatus.DEGRADED;
		};
		return UpstreamReport.of(format(), components, events).stating(stated);
	}

	private static void addComponent(JsonNode c, @Nullable String group, List<UpstreamComponent> into) {
		String id = Json.text(c, "id", "");
		String name = name(c);
		List<JsonNode> children = Json.list(c, "children");
		if (c.path("isParent").asBoolean(false) || !children.isEmpty()) {
			children.forEach((child) -> addComponent(child, name, into));
			return;
		}
		String own = (group != null) ? group : name(c.path("group"));
		into.add(UpstreamComponent.of(id, name.isEmpty() ? id : name, status(Json.text(c, "status")))
			.in(own.isEmpty() ? null : own));
	}

	private static String name(JsonNode node) {
		JsonNode name = node.path("name");
		return name.isObject() ? Json.text(name, "default", "") : Json.text(node, "name", "");
	}

	private static UpstreamStatus status(@Nullable String status) {
		if (status == null) {
			return UpstreamStatus.UNKNOWN;
		}
		return switch (status) {
			case "OPERATIONAL" -> UpstreamStatus.OPERATIONAL;
			case "DEGRADEDPERFORMANCE" -> UpstreamStatus.DEGRADED;
			case "PARTIALOUTAGE", "MINOROUTAGE" -> UpstreamStatus.PARTIAL_OUTAGE;
			case "MAJOROUTAGE" -> UpstreamStatus.MAJOR_OUTAGE;
			case "UNDERMAINTENANCE" -> UpstreamStatus.MAINTENANCE;
			default -> UpstreamStatus.UNKNOWN;
		};
	}

	private static UpstreamEvent incident(JsonNode node) {
		EventState state = switch (Json.text(node, "status", "")) {
			case "INVESTIGATING" -> EventState.INVESTIGATING;
			case "IDENTIFIED" -> EventState.IDENTIFIED;
			case "MONITORING" -> EventState.MONITORING;
			case "RESOLVED" -> EventState.RESOLVED;
			default -> EventState.ONGOING;
		};
		Impact impact = switch (status(Json.text(node, "impact"))) {
			case OPERATIONAL -> Impact.NONE;
			case PARTIAL_OUTAGE -> Impact.MAJOR;
			case MAJOR_OUTAGE -> Impact.CRITICAL;
			case MAINTENANCE -> Impact.MAINTENANCE;
			default -> Impact.MINOR;
		};
		return UpstreamEvent.incident(Json.text(node, "id", ""), name(node), state, impact)
			.from(Json.instant(node, "started"))
			.withUrl(Json.text(node, "url"));
	}

	private static UpstreamEvent maintenance(JsonNode node) {
		EventState state = switch (Json.text(node, "status", "")) {
			case "NOTSTARTEDYET" -> EventState.SCHEDULED;
			case "COMPLETED" -> EventState.COMPLETED;
			default -> EventState.IN_PROGRESS;
		};
		Instant start = Json.instant(node, "start");
		int minutes = Json.integer(node, "duration", -1);
		Instant end = (start != null && minutes >= 0) ? start.plus(Duration.ofMinutes(minutes)) : null;
		return UpstreamEvent.maintenance(Json.text(node, "id", ""), name(node), state)
			.from(start)
			.until(end)
			.withUrl(Json.text(node, "url"));
	}

}
