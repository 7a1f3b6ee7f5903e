package dev.sharpend.oncall.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.oncall.PagingHistory;

import org.jspecify.annotations.Nullable;

/**
 * A page in the API.
 *
 * @param id the page
 * @param group the alert group
 * @param user who was paged
 * @param name their name
 * @param step the escalation step, from 1
 * @param round how many times the policy had started over
 * @param pagedAt when
 * @param notifications how the person was notified
 */
record PageResponse(UUID id, long group, UUID user, String name, int step, int round, Instant pagedAt,
		List<Notification> notifications) {

	static PageResponse of(PagingHistory.PageEntry page) {
		return new PageResponse(page.id(), page.group(), page.person().value(), page.name(), page.step(), page.round(),
				page.at(),
				page.notifications()
					.stream()
					.map((n) -> new Notification(n.via(), n.state(), n.due(), n.sentAt(), n.digest()))
					.toList());
	}

	/**
	 * @param via the contact, such as {@code e-mail}
	 * @param state pending, sent, held, listed or cancelled
	 * @param dueAt when it was due
	 * @param sentAt when it left or was listed elsewhere
	 * @param digest whether it was a digest of held pages
	 */
	record Notification(String via, String state, Instant dueAt, @Nullable Instant sentAt, boolean digest) {
	}

}
