package dev.sharpend.provider.upstream;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Cachet 2: {@code /api/v1/components}, {@code /api/v1/incidents} and (2.4)
 * {@code /api/v1/schedules}, each a {@code data} list with paging in {@code meta}. Which
 * list a body is, is told by its items' fields.
 */
final class Cachet2Adapter implements JsonAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.CACHET_2;
	}

	@Override
	public boolean recognises(JsonNode root) {
		List<JsonNode> data = Json.list(root, "data");
		if (data.isEmpty()) {
			return root.path("meta").has("pagination") && root.path("data").isArray();
		}
		JsonNode first = data.get(0);
		return !first.has("attributes")
				&& (first.has("status_name") || first.has("human_status") || first.has("completed_at"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		List<UpstreamComponent> components = new ArrayList<>();
		List<UpstreamEvent> events = new ArrayList<>();
		for (JsonNode item : Json.list(root, "data")) {
			String id = Json.text(item, "id", "");
			String name = Json.text(item, "name", id);
			if (item.has("status_name")) {
				if (item.path("enabled").asBoolean(true)) {
					components
						.add(UpstreamComponent.of(id, name, Cachet.componentStatus(Json.integer(item, "status", 0))));
				}
			}
			else if (item.has("completed_at")) {
				events.add(Cachet.schedule(id, name, Json.integer(item, "status", 0),
						Json.naive(Json.text(item, "scheduled_at")), Json.naive(Json.text(item, "completed_at"))));
			}
			else if (item.path("visible").asBoolean(true)) {
				String at = Json.text(item, "occurred_at");
				UpstreamEvent incident = Cachet.incident(id, name, Json.integer(item, "status", -1),
						Json.naive((at != null) ? at : Json.text(item, "created_at")));
				events.add(Cachet.withComponent(incident, Json.text(item, "component_id"), components));
			}
		}
		return UpstreamReport.of(format(), components, events);
	}

}
