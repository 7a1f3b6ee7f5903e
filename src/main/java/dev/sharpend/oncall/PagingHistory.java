package dev.sharpend.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.People;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who was paged about what, when and how: for the group's page and the API. */
@Service
@Transactional(readOnly = true)
public class PagingHistory {

	private final PageRecordRepository pages;

	private final EscalationRunRepository runs;

	private final AlertGroups groups;

	private final People people;

	private final AcknowledgeTimeoutRepository timeouts;

	PagingHistory(PageRecordRepository pages, EscalationRunRepository runs, AlertGroups groups, People people,
			AcknowledgeTimeoutRepository timeouts) {
		this.pages = pages;
		this.runs = runs;
		this.groups = groups;
		this.people = people;
		this.timeouts = timeouts;
	}

	/**
	 * One page.
	 *
	 * @param id the page
	 * @param group the alert group
	 * @param person who was paged
	 * @param name their name
	 * @param step the escalation step, from 1
	 * @param round how many times the policy had started over
	 * @param at when
	 * @param notifications how the person was or will be notified
	 */
	public record PageEntry(UUID id, long group, UserId person, String name, int step, int round, Instant at,
			List<NotificationEntry> notifications) {
	}

	/**
	 * One notification of a page.
	 *
	 * @param via the contact, such as {@code e-mail}
	 * @param state {@code pending}, {@code sent}, {@code held}, {@code listed} (held,
	 * then listed in another page or a digest) or {@code cancelled}
	 * @param due when it was due
	 * @param sentAt when it left (or was listed), null before
	 * @param digest whether it was the digest of held pages
	 */
	public record NotificationEntry(String via, String state, Instant due, @Nullable Instant sentAt, boolean digest) {
	}

	/**
	 * A group's paging.
	 *
	 * @param group the group
	 * @param escalation the escalation's state ({@code active}, {@code acknowledged},
	 * {@code resolved}, {@code exhausted}), null when the group was never routed to a
	 * policy
	 * @param nextAt when the next step fires, null when none will
	 * @param pages its pages, oldest first
	 * @param notes what steps could not page, such as a schedule with nobody on call,
	 * then acknowledgements that timed out
	 */
	public record GroupPaging(AlertGroup group, @Nullable String escalation, @Nullable Instant nextAt,
			List<PageEntry> pages, List<String> notes) {
	}

	public GroupPaging ofGroup(long group) {
		AlertGroup alertGroup = this.groups.require(group);
		var run = this.runs.find(group);
		List<String> notes = new ArrayList<>(this.runs.firings(group)
			.stream()
			.filter((f) -> !f.note().isBlank())
			.map((f) -> "Step " + (f.step() + 1) + ": " + f.note())
			.toList());
		this.timeouts.of(group).forEach((t) -> notes.add(t.text()));
		return new GroupPaging(alertGroup, run.map((r) -> r.state().code()).orElse(null),
				run.map(EscalationRun::nextAt).orElse(null),
				this.pages.pagesOf(group).stream().map(this::entry).toList(), notes);
	}

	/** Pages, newest first, of one group or one person or both. */
	public PageOf<PageEntry> find(@Nullable Long group, @Nullable UserId person, PageWindow window) {
		return PageOf.of(
				this.pages.find(group, person, window.offset(), window.size()).stream().map(this::entry).toList(),
				window, this.pages.count(group, person));
	}

	private PageEntry entry(Page page) {
		List<NotificationEntry> notifications = this.pages.notificationsOf(page.id())
			.stream()
			.map((n) -> new NotificationEntry(n.contact().label(), n.state().code(), n.contact().due(), n.sentAt(),
					n.digest()))
			.toList();
		return new PageEntry(page.id(), page.group(), page.person(),
				this.people.shown(page.person().value(), page.person().toString()).name(), page.step() + 1,
				page.round(), page.at(), notifications);
	}

}
