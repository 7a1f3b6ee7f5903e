package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Google Cloud's {@code incidents.json} (and Google Workspace's, the same shape): a list
 * of incidents, open while {@code end} is empty, each naming the products and locations
 * it affects. The feed covers every product in every location, so the scope's products
 * and locations keep only what the team uses; the products of the incidents kept become
 * the components.
 */
final class GoogleCloudAdapter implements JsonAdapter {

	private static final String BASE = "https://status.cloud.google.com/";

	@Override
	public StatusFormat format() {
		return StatusFormat.GOOGLE_CLOUD;
	}

	@Override
	public boolean recognises(JsonNode root) {
		if (!root.isArray()) {
			return false;
		}
		List<JsonNode> items = Json.list(root);
		return items.isEmpty() || items.get(0).has("affected_products") || items.get(0).has("service_key");
	}

	@Override
	public UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope) {
		Map<String, UpstreamComponent> products = new LinkedHashMap<>();
		List<UpstreamEvent> events = new ArrayList<>();
		for (JsonNode incident : Json.list(root)) {
			if (!inScope(incident, scope)) {
				continue;
			}
			UpstreamEvent event = event(incident);
			events.add(event);
			for (JsonNode product : Json.list(incident, "affected_products")) {
				String id = Json.text(product, "id", Json.text(product, "title", ""));
				UpstreamStatus status = event.isActive() ? event.impact().status() : UpstreamStatus.OPERATIONAL;
				UpstreamComponent component = UpstreamComponent.of(id, Json.text(product, "title", id), status);
				products.merge(id, component,
						(a, b) -> UpstreamComponent.of(id, a.name(), a.status().worse(b.status())));
			}
		}
		return UpstreamReport.of(format(), List.copyOf(products.values()), events);
	}

	private static boolean inScope(JsonNode incident, StatusScope scope) {
		boolean product = scope.products().isEmpty() || Json.list(incident, "affected_products")
			.stream()
			.anyMatch((p) -> StatusScope.anyIn(scope.products(), Json.text(p, "id"), Json.text(p, "title")));
		if (!product || scope.locations().isEmpty()) {
			return product;
		}
		List<JsonNode> locations = new ArrayList<>(Json.list(incident, "currently_affected_locations"));
		locations.addAll(Json.list(incident, "previously_affected_locations"));
		locations.addAll(Json.list(incident.path("most_recent_update"), "affected_locations"));
		return locations.stream()
			.anyMatch((l) -> StatusScope.anyIn(scope.locations(), Json.text(l, "id"), Json.text(l, "title")));
	}

	private static UpstreamEvent event(JsonNode incident) {
		Instant end = Json.instant(incident, "end");
		List<UpstreamUpdate> updates = new ArrayList<>();
		for (JsonNode update : Json.list(incident, "updates")) {
			Instant at = Json.instant(update, "when");
			at = (at != null) ? at : Json.instant(update, "created");
			if (at != null) {
				boolean available = "AVAILABLE".equals(Json.text(update, "status"));
				updates.add(new UpstreamUpdate(at, available ? EventState.RESOLVED : EventState.ONGOING,
						Json.text(update, "text", "")));
			}
		}
		List<String> products = Json.list(incident, "affected_products")
			.stream()
			.map((p) -> Json.text(p, "id", Json.text(p, "title", "")))
			.toList();
		String uri = Json.text(incident, "uri");
		return UpstreamEvent
			.incident(Json.text(incident, "id", ""), Json.text(incident, "external_desc", ""),
					(end == null) ? EventState.ONGOING : EventState.RESOLVED, impact(incident))
			.from(Json.instant(incident, "begin"))
			.until(end)
			.withComponents(products)
			.withUpdates(updates)
			.withUrl(url(uri));
	}

	/** The impact from {@code status_impact}, else from {@code severity}. */
	private static Impact impact(JsonNode incident) {
		String impact = Json.text(incident, "status_impact", "");
		return switch (impact) {
			case "SERVICE_OUTAGE" -> Impact.CRITICAL;
			case "SERVICE_DISRUPTION" -> Impact.MAJOR;
			case "SERVICE_INFORMATION" -> Impact.MINOR;
			default -> switch (Json.text(incident, "severity", "")) {
				case "high" -> Impact.CRITICAL;
				case "medium" -> Impact.MAJOR;
				default -> Impact.MINOR;
			};
		};
	}

	private static @Nullable String url(@Nullable String uri) {
		if (uri == null) {
			return null;
		}
		return uri.startsWith("https://") ? uri : BASE + (uri.startsWith("/") ? uri.substring(1) : uri);
	}

}
