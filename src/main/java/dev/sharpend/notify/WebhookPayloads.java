package dev.sharpend.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageView;

/**
 * The JSON webhook subscribers receive, shaped like the hosted product's subscriber
 * webhooks: {@code meta}, {@code page}, and either {@code incident} or {@code component}
 * with {@code component_update}, with its field names and enum values.
 */
final class WebhookPayloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private WebhookPayloads() {
	}

	static String incident(PageView view, Notice notice, String unsubscribe, Instant now) {
		Map<String, Object> incident = new LinkedHashMap<>();
		incident.put("name", notice.name());
		incident.put("status", notice.status().code());
		incident.put("created_at", time(notice.createdAt()));
		incident.put("updated_at", time(notice.updatedAt()));
		incident.put("monitoring_at", time(notice.monitoringAt()));
		incident.put("resolved_at", time(notice.resolvedAt()));
		incident.put("impact", notice.impact().code());
		incident.put("shortlink", view.noticeUrl(notice));
		incident.put("backfilled", notice.backfilled());
		boolean maintenance = notice.kind() == NoticeKind.MAINTENANCE;
		incident.put("scheduled_for", maintenance ? time(notice.schedule().scheduledFor()) : null);
		incident.put("scheduled_until", maintenance ? time(notice.schedule().scheduledUntil()) : null);
		incident.put("scheduled_auto_in_progress", maintenance && notice.schedule().autoInProgress());
		incident.put("scheduled_auto_completed", maintenance && notice.schedule().autoCompleted());
		incident.put("impact_override", (notice.impactOverride() != null) ? notice.impactOverride().code() : null);
		incident.put("id", notice.id().value());
		incident.put("page_id", notice.page().value());
		incident.put("incident_updates", notice.updates().stream().map((u) -> update(notice, u)).toList());
		incident.put("components",
				notice.affected()
					.keySet()
					.stream()
					.map(view::component)
					.flatMap(Optional::stream)
					.map((c) -> component(view, c))
					.toList());
		return document(view, unsubscribe, now, Map.of("incident", incident));
	}

	static String componentUpdate(PageView view, Component component, ComponentStatus from, String updateId,
			String unsubscribe, Instant now) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("old_status", from.code());
		update.put("new_status", component.status().code());
		update.put("created_at", time(now));
		update.put("component_type", "Component");
		update.put("id", updateId);
		update.put("component_id", component.id().value());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("component", component(view, component));
		body.put("component_update", update);
		return document(view, unsubscribe, now, body);
	}

	private static String document(PageView view, String unsubscribe, Instant now, Map<String, Object> body) {
		Map<String, Object> doc = new LinkedHashMap<>();
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("unsubscribe", unsubscribe);
		meta.put("documentation", view.url());
		meta.put("generated_at", time(now));
		doc.put("meta", meta);
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("id", view.page().id().value());
		page.put("status_indicator", view.overall().indicator());
		page.put("status_description", view.overall().description());
		doc.put("page", page);
		doc.putAll(body);
		return JSON.writeValueAsString(doc);
	}

	private static Map<String, Object> update(Notice notice, NoticeUpdate u) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("status", u.status().code());
		doc.put("body", u.body());
		doc.put("created_at", time(u.createdAt()));
		doc.put("updated_at", time(u.createdAt()));
		doc.put("display_at", time(u.displayAt()));
		List<Map<String, Object>> affected = u.componentChanges().stream().map((c) -> {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("code", c.component().value());
			change.put("name", c.name());
			change.put("old_status", c.oldStatus().code());
			change.put("new_status", c.newStatus().code());
			return change;
		}).toList();
		doc.put("affected_components", affected.isEmpty() ? null : affected);
		doc.put("deliver_notifications", u.deliverNotifications());
		doc.put("id", u.id());
		doc.put("incident_id", notice.id().value());
		return doc;
	}

	private static Map<String, Object> component(PageView view, Component c) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("status", view.statusOf(c).code());
		doc.put("name", c.name());
		doc.put("created_at", time(c.createdAt()));
		doc.put("updated_at", time(c.updatedAt()));
		doc.put("position", c.position());
		doc.put("description", c.description());
		doc.put("showcase", c.showcase());
		doc.put("id", c.id().value());
		doc.put("page_id", c.page().value());
		doc.put("group_id", (c.groupId() != null) ? c.groupId().value() : null);
		return doc;
	}

	private static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : null;
	}

}
