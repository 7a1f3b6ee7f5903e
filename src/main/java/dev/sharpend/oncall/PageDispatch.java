package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
	 * Sends up to {@code limit} due notifications.
	 * @return how many were due
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int sendDue(int limit) {
		List<PageNotification> due = this.pages.claimDue(this.clock.instant(), limit);
		due.forEach(this::send);
		return due.size();
	}

	private void send(PageNotification notification) {
		Page page = this.pages.page(notification.page()).orElseThrow();
		Instant now = this.clock.instant();
		if (!stillTriggered(page.group())) {
			this.pages.mark(notification.id(), PageNotification.State.CANCELLED, null, null);
			return;
		}
		this.locks.lock(notification.person());
		if (overCap(notification.person(), now)) {
			this.pages.mark(notification.id(), PageNotification.State.HELD, null, null);
			return;
		}
		List<PageNotification> held = this.pages.held(notification.person());
		List<String> heldBack = held.stream().map(this::listed).toList();
		this.notifier.send(notification.person(), notification.contact(),
				this.messages.of(page, urgency(page), heldBack));
		this.pages.mark(notification.id(), PageNotification.State.SENT, now, null);
		held.forEach((h) -> this.pages.mark(h.id(), PageNotification.State.LISTED, now, notification.id()));
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

	private boolean stillTriggered(long group) {
		return this.groups.find(group).map((g) -> g.status() == AlertGroupStatus.TRIGGERED).orElse(false);
	}

	private Urgency urgency(Page page) {
		return this.runs.find(page.group()).map(EscalationRun::urgency).orElse(Urgency.HIGH);
	}

	private String listed(PageNotification notification) {
		return this.pages.page(notification.page()).map(this.messages::listed).orElse("a page");
	}

}
