package dev.sharpend.review.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.sharpend.review.ActionDraft;
import dev.sharpend.review.ImpactTimes;
import dev.sharpend.review.ReviewChanges;
import dev.sharpend.system.RequestRejected;

/** The forms of the review page. Times are entered in UTC. */
final class ReviewForms {

	private ReviewForms() {
	}

	record DetailsForm(String title, String facilitator, String meetingAt, String startedAt, String detectedAt,
			String mitigatedAt, String resolvedAt) {

		ReviewChanges changes() {
			ImpactTimes impact = new ImpactTimes(time(this.startedAt, "startedAt"), time(this.detectedAt, "detectedAt"),
					time(this.mitigatedAt, "mitigatedAt"), time(this.resolvedAt, "resolvedAt"));
			return ReviewChanges.details(this.title, this.facilitator, time(this.meetingAt, "meetingAt"), impact);
		}

	}

	record AccountForm(String saw, String did, String expected, String assumed, String understood, String shared) {
	}

	record ActionForm(String title, String owner, String due, String trackerUrl) {

		ActionDraft draft() {
			return ActionDraft.item(this.title, this.owner, this.due, this.trackerUrl);
		}

	}

	static Instant time(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field, "Give the time as yyyy-mm-ddThh:mm (UTC).");
		}
	}

	/** The value of a datetime-local field for a time, in UTC. */
	static String field(Instant at) {
		return (at != null) ? LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString() : "";
	}

}
