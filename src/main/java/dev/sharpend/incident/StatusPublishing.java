package dev.sharpend.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeDraft;
import dev.sharpend.statuspage.NoticeId;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.UpdateDraft;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an incident as a status incident on chosen status pages: the first
 * publication on a page opens one and links it to the incident, later ones post updates
 * to it. Each publication goes on the incident's timeline.
 */
@Service
@Transactional
public class StatusPublishing {

	private final IncidentResponse response;

	private final IncidentRepository incidents;

	private final StatusPages pages;

	private final StatusNotices notices;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	StatusPublishing(IncidentResponse response, IncidentRepository incidents, StatusPages pages, StatusNotices notices,
			Timeline timeline, ApplicationEventPublisher events) {
		this.response = response;
		this.incidents = incidents;
		this.pages = pages;
		this.notices = notices;
		this.timeline = timeline;
		this.events = events;
	}

	public List<LinkedNotice> publish(long number, Publication publication, String by) {
		Incident incident = this.response.require(number);
		if (publication.pages() == null || publication.pages().isEmpty()) {
			throw RequestRejected.invalid("pages", "Choose at least one status page.");
		}
		NoticeStatus status = status(publication.status());
		Map<ComponentId, ComponentStatus> statuses = statuses(publication.componentStatuses());
		Set<String> affected = this.incidents.components(number)
			.stream()
			.map(AffectedComponent::component)
			.collect(Collectors.toSet());
		List<StatusPage> chosen = publication.pages().stream().map((p) -> this.pages.require(pageId(p))).toList();
		Set<ComponentId> onChosen = chosen.stream()
			.flatMap((p) -> this.pages.components(p.id()).stream())
			.map((c) -> c.id())
			.collect(Collectors.toSet());
		statuses.keySet().stream().filter((c) -> !onChosen.contains(c)).findFirst().ifPresent((c) -> {
			throw RequestRejected.invalid("componentStatuses", "Component " + c + " is not on the chosen pages.");
		});
		for (StatusPage page : chosen) {
			publishOn(incident, page, status, publication, statuses, affected, by);
		}
		return this.incidents.notices(number);
	}

	private void publishOn(Incident incident, StatusPage page, NoticeStatus status, Publication publication,
			Map<ComponentId, ComponentStatus> statuses, Set<String> affected, String by) {
		String body = publication.body();
		Set<ComponentId> onPage = this.pages.components(page.id())
			.stream()
			.map((c) -> c.id())
			.collect(Collectors.toSet());
		Map<ComponentId, ComponentStatus> here = new LinkedHashMap<>(statuses);
		here.keySet().retainAll(onPage);
		Optional<LinkedNotice> linked = this.incidents.notices(incident.number())
			.stream()
			.filter((n) -> n.page().equals(page.id().value()))
			.findFirst();
		Notice notice;
		if (linked.isPresent()) {
			notice = this.notices.post(page.id(), new NoticeId(linked.get().notice()),
					UpdateDraft.of(status, body).changing(here));
		}
		else {
			List<ComponentId> others = new ArrayList<>(
					onPage.stream().filter((c) -> affected.contains(c.value()) && !here.containsKey(c)).toList());
			notice = this.notices.open(page.id(), NoticeKind.INCIDENT,
					NoticeDraft.incident(publicTitle(incident, publication), status, body).affecting(here, others));
			this.incidents.link(incident.number(), page.id().value(), notice.id().value(), notice.createdAt());
		}
		this.events.publishEvent(new StatusIncidentPublished(incident.number(), page.id().value(), notice.id().value(),
				linked.isEmpty()));
		this.timeline.record(incident.number(), EntryKind.STATUS_PAGE,
				(linked.isEmpty() ? "Published" : "Updated") + " the status incident on **" + page.name() + "** ("
						+ notice.status().code() + "):\n\n" + Objects.requireNonNullElse(body, "").strip(),
				by);
	}

	/**
	 * Readers see the public title: the internal one may name systems, customers or
	 * guesses that do not belong on a status page.
	 */
	private static String publicTitle(Incident incident, Publication publication) {
		return (publication.title() == null || publication.title().isBlank()) ? incident.title()
				: publication.title().strip();
	}

	private static NoticeStatus status(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return WireCode.parse(
				Arrays.stream(NoticeStatus.values()).filter((s) -> s.kind() == NoticeKind.INCIDENT).toList(), code,
				"status", "status");
	}

	private static Map<ComponentId, ComponentStatus> statuses(Map<String, String> codes) {
		Map<ComponentId, ComponentStatus> statuses = new LinkedHashMap<>();
		if (codes == null) {
			return statuses;
		}
		for (Map.Entry<String, String> entry : codes.entrySet()) {
			ComponentStatus status = WireCode.parse(EnumSet.allOf(ComponentStatus.class), entry.getValue(),
					"componentStatuses", "component status");
			try {
				statuses.put(new ComponentId(entry.getKey()), status);
			}
			catch (IllegalArgumentException ex) {
				throw RequestRejected.invalid("componentStatuses", "There is no component " + entry.getKey() + ".");
			}
		}
		return statuses;
	}

	private static PageId pageId(String value) {
		try {
			return new PageId(value);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("pages", "There is no status page " + value + ".");
		}
	}

}
