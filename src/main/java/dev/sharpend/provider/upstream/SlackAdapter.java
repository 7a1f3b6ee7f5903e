package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Slack's status API v2.0.0 ({@code /api/v2.0.0/current}, also {@code /history}): a
 * top-level {@code ok} or {@code active}, and the active incidents, notices, outages and
 * maintenances, each naming Slack's services. Times carry Pacific offsets; notes are
 * HTML. The services Slack lists are the components, operational unless an active event
 * names them.
 */
final class SlackAdapter implements JsonAdapter {

	/** The services Slack's API names since v2.0.0. */
	private static final List<String> SERVICES = List.of("Login/SSO", "Connectivity", "Messaging", "Files",
			"Notifications", "Huddles", "Search", "Apps/Integrations/APIs", "Workspace/Org Administration", "Workflows",
			"Canvases");

	@Override
	public StatusFormat format() {
		return StatusFormat.SLACK;
	}

	@Override
	public boolean recognises(JsonNode root) {
		return root.has("active_incidents") || (root.isArray() && !Json.list(root).isEmpty()
				&& Json.list(root).get(0).has("services") && Json.list(root).get(0).has("notes"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		List<UpstreamEvent> events = new ArrayList<>();
		(root.isArray() ? Json.list(root) : Json.list(root, "active_incidents")).forEach((i) -> events.add(event(i)));
		Map<String, UpstreamStatus> services = new LinkedHashMap<>();
		SERVICES.forEach((s) -> services.put(s, UpstreamStatus.OPERATIONAL));
		for (UpstreamEvent event : events) {
			UpstreamStatus status = event.isActive() ? event.impact().status() : UpstreamStatus.OPERATIONAL;
			event.componentIds().forEach((s) -> services.merge(s, status, UpstreamStatus::worse));
		}
		List<UpstreamComponent> components = new ArrayList<>();
		services.forEach((name, status) -> components.add(UpstreamComponent.of(name, name, status)));
		String overall = Json.text(root, "status");
		return UpstreamReport.of(format(), components, events)
			.stating("ok".equals(overall) ? UpstreamStatus.OPERATIONAL : null);
	}

	private static UpstreamEvent event(JsonNode node) {
		String id = Json.text(node, "id", "");
		String title = Json.text(node, "title", "");
		String type = Json.text(node, "type", "");
		String status = Json.text(node, "status", "");
		boolean maintenance = "maintenance".equals(type) || "scheduled".equals(status) || "completed".equals(status);
		UpstreamEvent event;
		if (maintenance) {
			EventState state = switch (status) {
				case "scheduled" -> EventState.SCHEDULED;
				case "active" -> EventState.IN_PROGRESS;
				default -> EventState.COMPLETED;
			};
			event = UpstreamEvent.maintenance(id, title, state);
		}
		else {
			Impact impact = switch (type) {
				case "outage" -> Impact.CRITICAL;
				case "incident" -> Impact.MAJOR;
				default -> Impact.MINOR;
			};
			event = UpstreamEvent.incident(id, title,
					"active".equals(status) ? EventState.ONGOING : EventState.RESOLVED, impact);
		}
		List<UpstreamUpdate> notes = new ArrayList<>();
		for (JsonNode note : Json.list(node, "notes")) {
			Instant at = Json.instant(note, "date_created");
			if (at != null) {
				notes.add(new UpstreamUpdate(at, null, Json.text(note, "body", "")));
			}
		}
		List<String> services = Json.list(node, "services").stream().map((s) -> s.asString().strip()).toList();
		return event.from(Json.instant(node, "date_created"))
			.until(event.isActive() || event.state() == EventState.SCHEDULED ? null
					: Json.instant(node, "date_updated"))
			.withComponents(services)
			.withUpdates(notes)
			.withUrl(Json.text(node, "url"));
	}

}
