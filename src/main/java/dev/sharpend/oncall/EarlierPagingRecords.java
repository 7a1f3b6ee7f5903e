package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.People;
import dev.sharpend.incident.AlertGroupsAttached;
import dev.sharpend.incident.AttachedGroup;
import dev.sharpend.incident.IncidentResponse;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a paged group is attached to an incident (or an incident is declared from it), the
 * pages and acknowledgements it had before go on the incident's timeline, dated when they
 * happened; {@link PagingRecords} writes the later ones. Each incident gets a group's
 * history once, however often the attachment is delivered.
 */
@Component
class EarlierPagingRecords {

	private static final String AUTHOR = "sharpend";

	private final PagingCopyRepository copies;

	private final EscalationRunRepository runs;

	private final PageRecordRepository pages;

	private final AcknowledgeTimeoutRepository timeouts;

	private final AlertGroups groups;

	private final IncidentResponse incidents;

	private final People people;

	private final Clock clock;

	EarlierPagingRecords(PagingCopyRepository copies, EscalationRunRepository runs, PageRecordRepository pages,
			AcknowledgeTimeoutRepository timeouts, AlertGroups groups, IncidentResponse incidents, People people,
			Clock clock) {
		this.copies = copies;
		this.runs = runs;
		this.pages = pages;
		this.timeouts = timeouts;
		this.groups = groups;
		this.incidents = incidents;
		this.people = people;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AlertGroupsAttached event) {
		Map<Long, Instant> attachedAt = this.incidents.alertGroups(event.incident())
			.stream()
			.collect(Collectors.toMap(AttachedGroup::group, AttachedGroup::attachedAt, (a, b) -> a));
		for (long group : event.groups()) {
			Instant at = attachedAt.getOrDefault(group, this.clock.instant());
			if (this.runs.find(group).isPresent() && this.copies.claim(group, event.incident(), this.clock.instant())) {
				this.groups.find(group)
					.ifPresent((g) -> earlier(g, at).forEach((entry) -> this.incidents
						.recordAlertActivity(event.incident(), entry.text(), AUTHOR, entry.at())));
			}
		}
	}

	/** What the group's paging recorded before it was attached, oldest first. */
	private List<Entry> earlier(AlertGroup group, Instant attachedAt) {
		String subject = "alert group #" + group.id() + " (" + group.rule() + ")";
		List<Entry> entries = new ArrayList<>();
		Map<String, List<Page>> firings = new LinkedHashMap<>();
		this.pages.pagesOf(group.id())
			.stream()
			.filter((p) -> p.at().isBefore(attachedAt))
			.forEach((p) -> firings.computeIfAbsent(p.round() + "/" + p.step(), (k) -> new ArrayList<>()).add(p));
		firings.values().forEach((paged) -> {
			String names = paged.stream()
				.map((p) -> this.people.shown(p.person().value(), p.person().toString()).name())
				.collect(Collectors.joining(", "));
			entries.add(new Entry(paged.get(0).at(),
					"Paged " + names + " (step " + (paged.get(0).step() + 1) + ") for " + subject + "."));
		});
		String capital = "A" + subject.substring(1);
		this.timeouts.undone(group.id()).stream().filter((u) -> u.timeout().at().isBefore(attachedAt)).forEach((u) -> {
			entries.add(acknowledged(capital, u.timeout().acknowledgedBy(), u.acknowledgedAt()));
			entries.add(new Entry(u.timeout().at(), u.timeout().text(capital)));
		});
		if (group.acknowledgedAt() != null && group.acknowledgedAt().isBefore(attachedAt)) {
			entries.add(acknowledged(capital, group.acknowledgedBy(), group.acknowledgedAt()));
		}
		entries.sort(Comparator.comparing(Entry::at));
		return entries;
	}

	private static Entry acknowledged(String subject, String by, Instant at) {
		return new Entry(at, subject + " acknowledged by " + by + "; escalation stopped.");
	}

	private record Entry(Instant at, String text) {
	}

}
