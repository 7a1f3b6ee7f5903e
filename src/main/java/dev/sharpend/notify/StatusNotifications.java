package dev.sharpend.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatusChanged;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticePublished;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageView;
import dev.sharpend.statuspage.PageViews;
import dev.sharpend.statuspage.StatusNotices;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns status page changes into outbox deliveries once the change committed, retried
 * until they are queued: a new or updated status incident or maintenance (including a
 * maintenance starting and ending) goes to every confirmed subscriber that chose one of
 * its components (or all); a component status change goes to webhook subscribers. Nothing
 * is sent here.
 */
@org.springframework.stereotype.Component
class StatusNotifications {

	private final SubscriberRepository subscribers;

	private final PageViews views;

	private final StatusNotices notices;

	private final Outbox outbox;

	private final MailComposer mails;

	private final Links links;

	private final Clock clock;

	StatusNotifications(SubscriberRepository subscribers, PageViews views, StatusNotices notices, Outbox outbox,
			MailComposer mails, Links links, Clock clock) {
		this.subscribers = subscribers;
		this.views = views;
		this.notices = notices;
		this.outbox = outbox;
		this.mails = mails;
		this.links = links;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(NoticePublished event) {
		Notice notice = this.notices.require(event.page(), event.notice());
		NoticeUpdate update = notice.updates()
			.stream()
			.filter((u) -> u.id().equals(event.updateId()))
			.findFirst()
			.orElse(null);
		if (update == null || !update.deliverNotifications()) {
			return;
		}
		List<Subscriber> receivers = this.subscribers.findConfirmed(event.page());
		if (receivers.isEmpty()) {
			return;
		}
		PageView view = view(event.page());
		Set<ComponentId> affected = new HashSet<>(notice.affected().keySet());
		update.componentChanges().forEach((c) -> affected.add(c.component()));
		String eventName = (notice.kind() == NoticeKind.MAINTENANCE ? "maintenance." : "incident.")
				+ (event.created() ? "created" : "updated");
		Instant now = this.clock.instant();
		for (Subscriber s : receivers) {
			if (!interested(s, view, affected)) {
				continue;
			}
			String payload = switch (s.channel()) {
				case EMAIL -> this.mails.update(view.page(), view.url(), notice, update, s);
				case WEBHOOK -> WebhookPayloads.incident(view, notice, this.links.unsubscribe(s.token()), now);
				default -> ChatMessages.notice(s.channel(), view, notice, update);
			};
			this.outbox.enqueue(s.channel(), s.target(), s.id(), eventName, payload);
		}
	}

	@ApplicationModuleListener
	void on(ComponentStatusChanged event) {
		if (event.from() == event.to() || event.automatic()) {
			return;
		}
		List<Subscriber> receivers = this.subscribers.findConfirmed(event.page())
			.stream()
			.filter((s) -> s.channel() == Channel.WEBHOOK)
			.toList();
		if (receivers.isEmpty()) {
			return;
		}
		PageView view = view(event.page());
		Component component = view.component(event.component()).orElse(null);
		if (component == null) {
			return;
		}
		String updateId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		for (Subscriber s : receivers) {
			if (interested(s, view, Set.of(component.id()))) {
				this.outbox.enqueue(s.channel(), s.target(), s.id(), "component.updated",
						WebhookPayloads.componentUpdate(view, component, event.from(), updateId,
								this.links.unsubscribe(s.token()), this.clock.instant()));
			}
		}
	}

	/**
	 * Whether a subscriber hears about a change to these components: those who chose all
	 * components always do; others when a chosen component, or the group of one, is
	 * affected.
	 */
	static boolean interested(Subscriber subscriber, PageView view, Set<ComponentId> affected) {
		if (subscriber.components().isEmpty()) {
			return true;
		}
		for (ComponentId id : affected) {
			if (subscriber.components().contains(id.value())) {
				return true;
			}
			ComponentId group = view.component(id).map(Component::groupId).orElse(null);
			if (group != null && subscriber.components().contains(group.value())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The page as its readers see it, with the change that is being published: read
	 * through the status page module, so a message and the page agree on every notice and
	 * on the page's address.
	 */
	private PageView view(PageId id) {
		return this.views.read(id);
	}

}
