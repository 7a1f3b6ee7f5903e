package dev.sharpend.review;

import java.util.List;

import dev.sharpend.catalog.PageId;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.LinkedNotice;
import dev.sharpend.statuspage.NoticeId;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links a published review as the postmortem of its incident's status incidents. */
@Service
@Transactional
public class Postmortems {

	private final Reviews reviews;

	private final IncidentResponse incidents;

	private final StatusNotices notices;

	private final ReviewLinks links;

	Postmortems(Reviews reviews, IncidentResponse incidents, StatusNotices notices, ReviewLinks links) {
		this.reviews = reviews;
		this.incidents = incidents;
		this.notices = notices;
		this.links = links;
	}

	/**
	 * How many status incidents the review could be linked to as their postmortem: those
	 * published from its incident (none for a near miss).
	 */
	@Transactional(readOnly = true)
	public int targets(Review review) {
		return (review.incident() != null) ? this.incidents.statusIncidents(review.incident()).size() : 0;
	}

	/**
	 * Sets the postmortem link of every status incident published from the review's
	 * incident to the review's address.
	 * @return the status incidents linked
	 * @throws RequestRejected (409) unless the review is published and its incident has
	 * status incidents
	 */
	public List<LinkedNotice> link(long id) {
		Review review = this.reviews.require(id);
		if (!review.published()) {
			throw RequestRejected.conflict("status", "Publish the review before linking it as a postmortem.");
		}
		List<LinkedNotice> linked = (review.incident() != null) ? this.incidents.statusIncidents(review.incident())
				: List.of();
		if (linked.isEmpty()) {
			throw RequestRejected.conflict("incident", "The review's incident has no status incident to link it to.");
		}
		String url = this.links.absolute(review.url());
		linked.forEach((n) -> this.notices.edit(new PageId(n.page()), new NoticeId(n.notice()), null, null, null, url));
		return linked;
	}

}
