package dev.sharpend.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviews still ask of people: action items coming due and reviews waiting for their
 * meeting. Read by the start page.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ReviewFollowUps {

	private final Reviews reviews;

	private final ReviewParts parts;

	ReviewFollowUps(Reviews reviews, ReviewParts parts) {
		this.reviews = reviews;
		this.parts = parts;
	}

	/** Today on the team's calendar, by which items fall due. */
	public LocalDate today() {
		return this.parts.today();
	}

	/**
	 * The owner's items still to do that are due on or before {@code until} (overdue ones
	 * included), soonest due first, from reviews they may read.
	 * @param owner the owner as items name them (their e-mail address)
	 * @param mayReadDrafts whether they may read reviews not published yet
	 */
	public List<OwnedAction> dueFor(String owner, boolean mayReadDrafts, LocalDate until) {
		LocalDate today = today();
		Map<Long, String> titles = new HashMap<>();
		return this.parts.actions(new ActionFilter(null, owner, false), new Viewer(owner, mayReadDrafts))
			.stream()
			.filter((a) -> a.status().pending() && a.due() != null && !a.due().isAfter(until))
			.sorted(Comparator.comparing(ActionItem::due).thenComparing(ActionItem::id))
			.map((a) -> new OwnedAction(a, titles.computeIfAbsent(a.review(), (id) -> this.reviews.require(id).title()),
					a.overdue(today)))
			.toList();
	}

	/** The review of an incident, if it has one. */
	public Optional<Review> ofIncident(long incident) {
		return this.reviews.ofIncident(incident);
	}

	/**
	 * Every action item still to do (open or in progress) in a published review, with its
	 * review, soonest due first (items without a due date last).
	 */
	public List<PendingAction> pending() {
		LocalDate today = today();
		Map<Long, Review> reviews = new HashMap<>();
		return this.parts.actions(new ActionFilter(null, null, false), new Viewer("", false))
			.stream()
			.filter((a) -> a.status().pending())
			.sorted(Comparator.comparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ActionItem::id))
			.map((a) -> new PendingAction(a, reviews.computeIfAbsent(a.review(), this.reviews::require),
					a.overdue(today)))
			.toList();
	}

	/** Reviews in review, waiting to be talked through, the longest waiting first. */
	public List<Review> inReview() {
		return this.reviews.list(new Viewer("", true))
			.stream()
			.filter((r) -> r.status() == ReviewStatus.IN_REVIEW)
			.sorted(Comparator.comparing(Review::updatedAt))
			.toList();
	}

	/**
	 * An action item with the review it belongs to.
	 *
	 * @param item the item
	 * @param reviewTitle its review's title
	 * @param overdue whether it is past its due date
	 */
	public record OwnedAction(ActionItem item, String reviewTitle, boolean overdue) {
	}

	/**
	 * An action item still to do, with its review.
	 *
	 * @param item the item
	 * @param review its review
	 * @param overdue whether it is past its due date
	 */
	public record PendingAction(ActionItem item, Review review, boolean overdue) {
	}

}
