package dev.sharpend.provider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.ComponentMappings.UpstreamMaintenance;
import dev.sharpend.system.IcalLines;

/**
 * Upstream maintenances as an RFC 5545 iCalendar document, one event for each whose start
 * was announced. An event's UID comes from the provider and the provider's own identifier
 * of the maintenance, so a calendar that fetches the feed again updates the event (a new
 * time, a new title, cancelled) instead of adding a copy.
 */
final class MaintenanceIcal {

	private MaintenanceIcal() {
	}

	/** The document; times in UTC. */
	static String render(List<UpstreamMaintenance> maintenances, Map<ComponentId, String> names, Instant stamp) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Sharpend//Upstream maintenance//EN");
		calendar.setMethod("PUBLISH");
		calendar.addExperimentalProperty("X-WR-CALNAME", "Upstream maintenance");
		for (UpstreamMaintenance m : maintenances) {
			WatchedEvent e = m.event();
			if (e.startedAt() != null) {
				calendar.addEvent(event(m, names, stamp));
			}
		}
		// biweekly folds by characters, not octets, and one past the limit; fold per the
		// RFC
		return IcalLines.fold(Biweekly.write(calendar).foldLines(false).go());
	}

	static String uid(ProviderId provider, String eventId) {
		return UUID.nameUUIDFromBytes((provider + "|" + eventId).getBytes(StandardCharsets.UTF_8))
				+ "@upstream-maintenance.sharpend";
	}

	private static VEvent event(UpstreamMaintenance m, Map<ComponentId, String> names, Instant stamp) {
		WatchedEvent e = m.event();
		List<String> ours = m.components().stream().map((id) -> names.getOrDefault(id, id.toString())).toList();
		VEvent event = new VEvent();
		event.setUid(uid(m.provider(), e.id()));
		event.setDateTimeStamp(Date.from(stamp));
		event.setLastModified(Date.from(e.updatedAt()));
		event.setSummary(m.providerName() + " maintenance: " + e.title());
		event.setDateStart(Date.from(e.startedAt()), true);
		if (e.endedAt() != null && e.endedAt().isAfter(e.startedAt())) {
			event.setDateEnd(Date.from(e.endedAt()), true);
		}
		StringBuilder text = new StringBuilder(m.providerName()).append(" announced this maintenance. It touches our ")
			.append((ours.size() == 1) ? "component " : "components ")
			.append(String.join(", ", ours))
			.append('.');
		if (e.lastUpdate() != null && !e.lastUpdate().isBlank()) {
			text.append("\n\nTheir latest update: ").append(e.lastUpdate());
		}
		event.setDescription(text.toString());
		if (e.url() != null) {
			event.setUrl(e.url());
		}
		event.setStatus(Status.confirmed());
		event.addCategories("Upstream maintenance", m.providerName());
		return event;
	}

}
