package dev.sharpend.review;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A blameless review of an incident, or of a near miss when {@code incident} is null.
 *
 * @param id the review's id
 * @param incident the incident number, or null for a near miss
 * @param title a one-line title
 * @param status where it stands
 * @param template the template its sections come from
 * @param facilitator who runs the review meeting, or null
 * @param meetingAt when the meeting is, or null
 * @param impact when the problem started, was detected, mitigated and resolved
 * @param createdBy who started it
 * @param createdAt when it was started
 * @param updatedAt when it last changed
 * @param publishedAt when it was published, or null
 */
@NamedInterface("api")
public record Review(long id, Long incident, String title, ReviewStatus status, String template, String facilitator,
		Instant meetingAt, ImpactTimes impact, String createdBy, Instant createdAt, Instant updatedAt,
		Instant publishedAt) {

	/** Where people read it. */
	public String url() {
		return "/reviews/" + this.id;
	}

	public boolean published() {
		return this.status == ReviewStatus.PUBLISHED;
	}

	Review with(ReviewStatus next, Instant at) {
		return new Review(this.id, this.incident, this.title, next, this.template, this.facilitator, this.meetingAt,
				this.impact, this.createdBy, this.createdAt, at,
				(next == ReviewStatus.PUBLISHED) ? at : this.publishedAt);
	}

}
