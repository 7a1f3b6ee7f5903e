package dev.sharpend.statuspage.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.system.RequestRejected;

/**
 * The forms of the status page editor, as the browser sends them. Times are entered in
 * the page's time zone ({@code datetime-local}); component statuses come as one field per
 * component, {@code status.<componentId>}.
 */
final class EditorForms {

	static final String STATUS_PREFIX = "status.";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private EditorForms() {
	}

	record SettingsForm(String name, String slug, String hostname, String publicUrl, String timeZone, Boolean isDefault,
			String visibility, String accentColor, String logoUrl, String footerLinks) {

		static SettingsForm of(StatusPage p) {
			StringBuilder links = new StringBuilder();
			p.footerLinks().forEach((l) -> links.append(l.label()).append(" | ").append(l.url()).append('\n'));
			return new SettingsForm(p.name(), p.slug(), p.hostname(), p.publicUrl(), p.timeZone(), p.isDefault(),
					p.visibility().name().toLowerCase(), p.branding().accentColor(), p.branding().logoUrl(),
					links.toString());
		}

		/** Footer links, one a line as {@code label | url}. */
		List<StatusPage.Link> links() {
			List<StatusPage.Link> links = new ArrayList<>();
			for (String line : (this.footerLinks != null) ? this.footerLinks.split("\\R") : new String[0]) {
				if (line.isBlank()) {
					continue;
				}
				int bar = line.lastIndexOf('|');
				if (bar < 0) {
					throw RequestRejected.invalid("footer_links",
							"Write each footer link on its own line as: label | https://example.com/");
				}
				links.add(new StatusPage.Link(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
			}
			return links;
		}

	}

	record ComponentForm(String name, String description, String groupId, Integer position, Boolean group,
			Boolean hidden, Boolean onlyShowIfDegraded) {
	}

	record IncidentForm(String template, String name, String impactOverride, String body, List<String> affected,
			String startedAt, Boolean resolved, String resolvedAt) {

		static IncidentForm empty() {
			return new IncidentForm(null, null, null, null, List.of(), null, false, null);
		}

	}

	record MaintenanceForm(String name, String body, String scheduledFor, String scheduledUntil, List<String> affected,
			Boolean autoInProgress, Boolean autoCompleted, Boolean autoComponents) {

		static MaintenanceForm empty() {
			return new MaintenanceForm(null, null, null, null, List.of(), true, true, true);
		}

	}

	record UpdateForm(String status, String body) {
	}

	record NoticeForm(String name, String impactOverride, String postmortemUrl) {
	}

	record RescheduleForm(String scheduledFor, String scheduledUntil, Boolean autoInProgress, Boolean autoCompleted,
			Boolean autoComponents) {
	}

	record TemplateForm(String name, String title, String body, String componentStatus) {
	}

	/** Whether a checkbox was ticked (an unticked one is not sent at all). */
	static boolean on(Boolean checkbox) {
		return Boolean.TRUE.equals(checkbox);
	}

	/**
	 * The {@code status.<id>} fields that name a status; empty ones leave it unchanged.
	 */
	static Map<ComponentId, ComponentStatus> statuses(Map<String, String> params) {
		Map<ComponentId, ComponentStatus> statuses = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith(STATUS_PREFIX) && value != null && !value.isBlank()) {
				statuses.put(Codes.component(key.substring(STATUS_PREFIX.length()), "components"),
						Codes.componentStatus(value, "components"));
			}
		});
		return statuses;
	}

	/** A {@code datetime-local} value in the page's zone, or null when empty. */
	static Instant time(String value, ZoneId zone, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field, "Give a date and time such as 2026-03-01T14:30.");
		}
	}

	static String local(Instant instant, ZoneId zone) {
		return (instant != null) ? LOCAL.format(instant.atZone(zone)) : null;
	}

}
