package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Cachet 3: JSON:API lists ({@code /api/components}, {@code /api/incidents},
 * {@code /api/schedules}) whose items keep their fields in {@code attributes}; statuses
 * are numbers or {@code {"human", "value"}} objects, times {@code {"human", "string"}}.
 */
final class Cachet3Adapter implements JsonAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.CACHET_3;
	}

	@Override
	public boolean recognises(JsonNode root) {
		List<JsonNode> data = Json.list(root, "data");
		if (data.isEmpty()) {
			return false;
		}
		String type = Json.text(data.get(0), "type", "");
		return data.get(0).path("attributes").isObject()
				&& (type.startsWith("component") || type.startsWith("incident") || type.startsWith("schedule"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		List<UpstreamComponent> components = new ArrayList<>();
		List<UpstreamEvent> events = new ArrayList<>();
		for (JsonNode item : Json.list(root, "data")) {
			JsonNode a = item.path("attributes");
			String id = Json.text(item, "id", Json.text(a, "id", ""));
			String name = Json.text(a, "name", id);
			String type = Json.text(item, "type", "");
			int status = code(a.path("status"));
			if (type.startsWith("component")) {
				if (a.path("enabled").asBoolean(true)) {
					components.add(UpstreamComponent.of(id, name, Cachet.componentStatus(status)));
				}
			}
			else if (type.startsWith("schedule")) {
				events.add(Cachet.schedule(id, name, status, time(a, "scheduled_at"), time(a, "completed_at")));
			}
			else if (a.path("visible").asBoolean(true)) {
				Instant at = time(a, "occurred");
				UpstreamEvent incident = Cachet.incident(id, name, status, (at != null) ? at : time(a, "created"));
				events.add(Cachet.withComponent(incident, Json.text(a, "component_id"), components));
			}
		}
		return UpstreamReport.of(format(), components, events);
	}

	private static int code(JsonNode status) {
		return status.isObject() ? Json.integer(status, "value", -1) : status.asInt(-1);
	}

	/** A time given as text or as {@code {"string": "Y-m-d H:i:s"}}. */
	private static @Nullable Instant time(JsonNode a, String name) {
		JsonNode node = a.path(name);
		String text = node.isObject() ? Json.text(node, "string") : Json.text(a, name);
		Instant naive = Json.naive(text);
		return (naive != null || text == null) ? naive : Json.instant(a, name);
	}

}
