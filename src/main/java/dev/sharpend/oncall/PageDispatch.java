package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.UserId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends due page notifications through the {@link PageNotifier}, in the transaction that
 * marks them sent, so a notification leaves once however many nodes poll. A person
 * receives at most the configured number per minute; the rest are held, listed in the
 * next notification the person receives, or sent together as one digest once the minute
 * allows. Nothing is dropped.
 */
@Component
class PageDispatch {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final PageRecordRepository pages;

	private final EscalationRunRepository runs;

	private final PagerLocks locks;

	private final PageNotifier notifier;

	private final PageMessages messages;

	private final AlertGroups groups;

	private final PagingProperties properties;

	private final Clock clock;

	PageDispatch(PageRecordRepository pages, EscalationRunRepository runs, PagerLocks locks, PageNotifier notifier,
			PageMessages messages, AlertGroups groups, PagingProperties properties, Clock clock) {
		this.pages = pages;
		this.runs = runs;
		this.locks = locks;
		this.notifier = notifier;
		this.messages = messages;
		this.groups = groups;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends up to {@code limit} due notifications. The batch's pages are read at once,
	 * and each person's row is locked, and their count and held-back pages read, once per
	 * batch rather than once per notification: a storm's pages for one person come in one
	 * batch.
	 * @return how many were due
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int sendDue(int limit) {
		Instant now = this.clock.instant();
		List<PageNotification> due = this.pages.claimDue(now, limit);
		Map<UUID, PageRecordRepository.UrgentPage> pages = this.pages
			.pagesWithUrgency(due.stream().map(PageNotification::page).distinct().toList());
		Map<UserId, Pager> pagers = new HashMap<>();
		List<UUID> sent = new ArrayList<>();
		for (PageNotification notification : due) {
			PageRecordRepository.UrgentPage page = pages.get(notification.page());
			if (page == null) {
				throw new IllegalStateException("Notification " + notification.id() + " has no page");
			}
			send(notification, page, pagers, now).ifPresent(sent::add);
		}
		this.pages.markSent(sent, now);
		return due.size();
	}

	/**
	 * Sends the notification, or cancels it when its group no longer waits, or holds it
	 * when the person's minute is full.
	 * @return the notification when it left, to be marked sent
	 */
	private Optional<UUID> send(PageNotification notification, PageRecordRepository.UrgentPage page,
			Map<UserId, Pager> pagers, Instant now) {
		Optional<AlertGroup> group = this.groups.find(page.page().group())
			.filter((g) -> g.status() == AlertGroupStatus.TRIGGERED);
		if (group.isEmpty()) {
			this.pages.mark(notification.id(), PageNotification.State.CANCELLED, null, null);
			return Optional.empty();
		}
		Pager pager = pagers.computeIfAbsent(notification.person(), (person) -> pager(person, now));
		if (pager.sent >= this.properties.maxPagesPerMinute()) {
			this.pages.mark(notification.id(), PageNotification.State.HELD, null, null);
			pager.held.add(notification);
			return Optional.empty();
		}
		List<String> heldBack = pager.held.stream().map(this::listed).toList();
		this.notifier.send(notification.person(), notification.contact(),
				this.messages.of(page.page(), group.get(), page.urgency(), heldBack));
		pager.held.forEach((h) -> this.pages.mark(h.id(), PageNotification.State.LISTED, now, notification.id()));
		pager.held.clear();
		pager.sent++;
		return Optional.of(notification.id());
	}

	/**
	 * Locks the person's row until the transaction ends and reads what their minute
	 * allows.
	 */
	private Pager pager(UserId person, Instant now) {
		this.locks.lock(person);
		return new Pager(this.pages.sentSince(person, now.minus(MINUTE)), new ArrayList<>(this.pages.held(person)));
	}

	/**
	 * One person's notifications in a batch: how many left in the last minute and which
	 * are held back, oldest first, kept as the batch sends.
	 */
	private static final class Pager {

		private int sent;

		private final List<PageNotification> held;

		Pager(int sent, List<PageNotification> held) {
			this.sent = sent;
			this.held = held;
		}

	}

	/**
	 * Sends one digest to each person whose held notifications are still waiting and
	 * whose minute allows another.
	 * @return how many digests left
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int sendDigests() {
		int sent = 0;
		for (UserId person : this.pages.holding()) {
			Instant now = this.clock.instant();
			this.locks.lock(person);
			List<PageNotification> held = this.pages.held(person);
			if (held.isEmpty() || overCap(person, now)) {
				continue;
			}
			PageNotification latest = held.get(held.size() - 1);
			Page page = this.pages.page(latest.page()).orElseThrow();
			PlannedContact contact = new PlannedContact(now, latest.contact().method(), latest.contact().label());
			this.notifier.send(person, contact,
					this.messages.digest(page, urgency(page), held.stream().map(this::listed).toList()));
			var digest = this.pages.addNotification(page, contact, true, PageNotification.State.SENT, now);
			held.forEach((h) -> this.pages.mark(h.id(), PageNotification.State.LISTED, now, digest));
			sent++;
		}
		return sent;
	}

	private boolean overCap(UserId person, Instant now) {
		return this.pages.sentSince(person, now.minus(MINUTE)) >= this.properties.maxPagesPerMinute();
	}

	private Urgency urgency(Page page) {
		return this.runs.find(page.group()).map(EscalationRun::urgency).orElse(Urgency.HIGH);
	}

	private String listed(PageNotification notification) {
		return this.pages.page(notification.page()).map(this.messages::listed).orElse("a page");
	}

}
