package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Better Stack (Better Uptime) pages: {@code /index.json}, a JSON:API document whose
 * {@code data} is the page and whose {@code included} list carries sections, resources
 * (components), status reports (incidents and maintenances) and their updates. A resolved
 * report can keep {@code ends_at} empty, so whether it is over is read from its
 * {@code aggregate_state}.
 */
final class BetterStackAdapter implements JsonAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.BETTER_STACK;
	}

	@Override
	public boolean recognises(JsonNode root) {
		return "status_page".equals(Json.text(root.path("data"), "type"));
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		Map<String, String> sections = new HashMap<>();
		Map<String, List<UpstreamUpdate>> updates = new HashMap<>();
		List<JsonNode> resources = new ArrayList<>();
		List<JsonNode> reports = new ArrayList<>();
		for (JsonNode item : Json.list(root, "included")) {
			JsonNode attributes = item.path("attributes");
			switch (Json.text(item, "type", "")) {
				case "status_page_section" ->
					sections.put(Json.text(item, "id", ""), Json.text(attributes, "name", ""));
				case "status_page_resource" -> resources.add(item);
				case "status_report" -> reports.add(item);
				case "status_update" -> update(item)
					.ifPresent((u) -> updates.computeIfAbsent(reportOf(item), (k) -> new ArrayList<>()).add(u));
				default -> {
				}
			}
		}
		List<UpstreamComponent> components = new ArrayList<>();
		for (JsonNode resource : resources) {
			JsonNode a = resource.path("attributes");
			String id = Json.text(resource, "id", "");
			String section = sections.get(Json.text(a, "status_page_section_id", ""));
			components.add(UpstreamComponent.of(id, Json.text(a, "public_name", id), status(Json.text(a, "status")))
				.in((section == null || section.isEmpty()) ? null : section));
		}
		List<UpstreamEvent> events = new ArrayList<>();
		for (JsonNode report : reports) {
			String id = Json.text(report, "id", "");
			events.add(event(id, report.path("attributes"), body.fetchedAt())
				.withUpdates(updates.getOrDefault(id, List.of())));
		}
		String page = Json.text(root.path("data").path("attributes"), "aggregate_state");
		return UpstreamReport.of(format(), components, events).stating((page == null) ? null : status(page));
	}

	private static UpstreamStatus status(@Nullable String state) {
		if (state == null) {
			return UpstreamStatus.UNKNOWN;
		}
		return switch (state) {
			case "operational" -> UpstreamStatus.OPERATIONAL;
			case "degraded" -> UpstreamStatus.DEGRADED;
			case "downtime" -> UpstreamStatus.MAJOR_OUTAGE;
			case "maintenance" -> UpstreamStatus.MAINTENANCE;
			default -> UpstreamStatus.UNKNOWN;
		};
	}

	private static UpstreamEvent event(String id, JsonNode a, Instant now) {
		String title = Json.text(a, "title", "");
		Instant start = Json.instant(a, "starts_at");
		Instant end = Json.instant(a, "ends_at");
		UpstreamStatus state = status(Json.text(a, "aggregate_state"));
		boolean over = state == UpstreamStatus.OPERATIONAL || (end != null && !end.isAfter(now));
		List<String> affected = new ArrayList<>();
		UpstreamStatus worst = UpstreamStatus.OPERATIONAL;
		for (JsonNode r : Json.list(a, "affected_resources")) {
			affected.add(Json.text(r, "status_page_resource_id", ""));
			worst = worst.worse(status(Json.text(r, "status")));
		}
		UpstreamEvent event;
		if ("maintenance".equals(Json.text(a, "report_type"))) {
			boolean ahead = start != null && start.isAfter(now);
			event = UpstreamEvent.maintenance(id, title,
					over ? EventState.COMPLETED : ahead ? EventState.SCHEDULED : EventState.IN_PROGRESS);
		}
		else {
			Impact impact = switch (over ? worst : state.worse(worst)) {
				case MAJOR_OUTAGE -> Impact.CRITICAL;
				case PARTIAL_OUTAGE -> Impact.MAJOR;
				case OPERATIONAL -> Impact.NONE;
				default -> Impact.MINOR;
			};
			event = UpstreamEvent.incident(id, title, over ? EventState.RESOLVED : EventState.ONGOING, impact);
		}
		return event.from(start).until(end).withComponents(affected);
	}

	private static Optional<UpstreamUpdate> update(JsonNode item) {
		JsonNode a = item.path("attributes");
		Instant at = Json.instant(a, "published_at");
		return (at != null) ? Optional.of(new UpstreamUpdate(at, null, Json.text(a, "message", ""))) : Optional.empty();
	}

	/** The report an update belongs to, by attribute or by JSON:API relationship. */
	private static String reportOf(JsonNode item) {
		String byAttribute = Json.text(item.path("attributes"), "status_report_id");
		return (byAttribute != null) ? byAttribute
				: Json.text(item.path("relationships").path("status_report").path("data"), "id", "");
	}

}
