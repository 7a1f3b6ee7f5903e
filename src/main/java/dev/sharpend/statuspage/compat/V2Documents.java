package dev.sharpend.statuspage.compat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.Component;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageView;

/**
 * Builds the Statuspage public API v2 documents with exactly the hosted product's field
 * names, order and enum values, so existing clients read Sharpend pages unchanged. The
 * compatible manage API answers with the same objects.
 */
public final class V2Documents {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final PageView view;

	public V2Documents(PageView view) {
		this.view = view;
	}

	public Map<String, Object> summary() {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("page", page());
		doc.put("components", components());
		doc.put("incidents", notices(this.view.unresolvedIncidents()));
		List<Notice> maintenances = new ArrayList<>(this.view.activeMaintenances());
		maintenances.addAll(this.view.upcomingMaintenances());
		doc.put("scheduled_maintenances", notices(maintenances));
		doc.put("status", status());
		return doc;
	}

	Map<String, Object> status() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("indicator", this.view.overall().indicator());
		status.put("description", this.view.overall().description());
		return status;
	}

	public Map<String, Object> statusDocument() {
		return document("status", status());
	}

	public Map<String, Object> componentsDocument() {
		return document("components", components());
	}

	public Map<String, Object> incidentsDocument(List<Notice> incidents) {
		return document("incidents", notices(incidents));
	}

	public Map<String, Object> maintenancesDocument(List<Notice> maintenances) {
		return document("scheduled_maintenances", notices(maintenances));
	}

	private Map<String, Object> document(String key, Object value) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("page", page());
		doc.put(key, value);
		return doc;
	}

	Map<String, Object> page() {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("id", this.view.page().id().value());
		page.put("name", this.view.page().name());
		page.put("url", this.view.url());
		page.put("time_zone", this.view.page().timeZone());
		page.put("updated_at", time(this.view.page().updatedAt()));
		return page;
	}

	List<Map<String, Object>> components() {
		return this.view.components().stream().map(this::component).toList();
	}

	/** One component object, as in {@code components.json}. */
	public Map<String, Object> component(Component c) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("id", c.id().value());
		doc.put("name", c.name());
		doc.put("status", this.view.statusOf(c).code());
		doc.put("created_at", time(c.createdAt()));
		doc.put("updated_at", time(c.updatedAt()));
		doc.put("position", c.position());
		doc.put("description", c.description());
		doc.put("showcase", c.showcase());
		doc.put("start_date", (c.startDate() != null) ? c.startDate().toString() : null);
		doc.put("group_id", (c.groupId() != null) ? c.groupId().value() : null);
		doc.put("page_id", c.page().value());
		doc.put("group", c.group());
		doc.put("only_show_if_degraded", c.onlyShowIfDegraded());
		if (c.group()) {
			doc.put("components", this.view.membersOf(c).stream().map((m) -> m.id().value()).toList());
		}
		return doc;
	}

	private List<Map<String, Object>> notices(List<Notice> notices) {
		return notices.stream().map(this::notice).toList();
	}

	/** One incident or scheduled maintenance object, as in {@code incidents.json}. */
	public Map<String, Object> notice(Notice n) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("id", n.id().value());
		doc.put("name", n.name());
		doc.put("status", n.status().code());
		doc.put("created_at", time(n.createdAt()));
		doc.put("updated_at", time(n.updatedAt()));
		doc.put("monitoring_at", time(n.monitoringAt()));
		doc.put("resolved_at", time(n.resolvedAt()));
		doc.put("impact", n.impact().code());
		doc.put("shortlink", this.view.noticeUrl(n));
		doc.put("started_at", time(n.startedAt()));
		doc.put("page_id", n.page().value());
		doc.put("incident_updates", n.updates().stream().map((u) -> update(n, u)).toList());
		doc.put("components",
				n.affected()
					.keySet()
					.stream()
					.map(this.view::component)
					.flatMap(java.util.Optional::stream)
					.map(this::component)
					.toList());
		if (n.kind() == NoticeKind.MAINTENANCE) {
			doc.put("scheduled_for", time(n.schedule().scheduledFor()));
			doc.put("scheduled_until", time(n.schedule().scheduledUntil()));
		}
		else {
			doc.put("reminder_intervals", null);
		}
		return doc;
	}

	private Map<String, Object> update(Notice n, NoticeUpdate u) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("id", u.id());
		doc.put("status", u.status().code());
		doc.put("body", u.body());
		doc.put("incident_id", n.id().value());
		doc.put("created_at", time(u.createdAt()));
		doc.put("updated_at", time(u.createdAt()));
		doc.put("display_at", time(u.displayAt()));
		doc.put("affected_components",
				u.componentChanges().isEmpty() ? null : u.componentChanges().stream().map((c) -> {
					Map<String, Object> change = new LinkedHashMap<>();
					change.put("code", c.component().value());
					change.put("name", c.name());
					change.put("old_status", c.oldStatus().code());
					change.put("new_status", c.newStatus().code());
					return change;
				}).toList());
		doc.put("deliver_notifications", u.deliverNotifications());
		doc.put("custom_tweet", null);
		doc.put("tweet_id", null);
		return doc;
	}

	static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : null;
	}

}
