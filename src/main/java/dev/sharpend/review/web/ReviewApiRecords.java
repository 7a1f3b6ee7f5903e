package dev.sharpend.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.sharpend.identity.Person;
import dev.sharpend.review.Account;
import dev.sharpend.review.ActionItem;
import dev.sharpend.review.CuratedEntry;
import dev.sharpend.review.Factor;
import dev.sharpend.review.ImpactTimes;
import dev.sharpend.review.WordingFinding;
import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewDocument;

/** The JSON shapes of the reviews API. */
final class ReviewApiRecords {

	private ReviewApiRecords() {
	}

	record CreateReviewRequest(Long incident, String title, String template) {
	}

	record PatchReviewRequest(String title, String status, String facilitator, Instant meetingAt,
			Map<String, String> sections, ImpactTimes impact, List<String> keepAsWritten) {
	}

	/**
	 * A wording finding with the key that {@code keepAsWritten} names to publish it as
	 * written.
	 */
	record WordingResponse(String key, String where, String label, int start, int end, String text, String category,
			String explanation, String suggestion, String rule, String matched) {

		static WordingResponse of(WordingFinding f) {
			return new WordingResponse(f.key(), f.where(), f.label(), f.finding().start(), f.finding().end(),
					f.finding().text(), f.finding().category(), f.finding().explanation(), f.finding().suggestion(),
					f.finding().rule(), f.finding().matched());
		}

	}

	/**
	 * A factor as the API takes it.
	 *
	 * @param provider the id of the register's provider it lay with; "" clears it, absent
	 * keeps it
	 */
	record FactorRequest(String type, String description, List<Long> evidence, String provider) {
	}

	record CurateRequest(Long entry, String annotation) {
	}

	record ReviewSummary(long id, Long incident, String title, String status, String url) {

		static ReviewSummary of(Review r) {
			return new ReviewSummary(r.id(), r.incident(), r.title(), r.status().code(), r.url());
		}

	}

	record ReviewResponse(long id, Long incident, String title, String status, String template, String facilitator,
			Person facilitatorPerson, Instant meetingAt, ImpactResponse impact, Map<String, String> sections,
			List<Account> accounts, List<FactorResponse> factors, List<FactorResponse> mitigators,
			List<CuratedEntry> timeline, List<ActionResponse> actionItems, Instant createdAt, Instant publishedAt) {

		static ReviewResponse of(ReviewDocument d, LocalDate today) {
			Review r = d.review();
			return new ReviewResponse(r.id(), r.incident(), r.title(), r.status().code(), r.template(), r.facilitator(),
					d.facilitator(), r.meetingAt(), ImpactResponse.of(r.impact()), d.sections(), d.accounts(),
					d.factors().stream().map(FactorResponse::of).toList(),
					d.mitigators().stream().map(FactorResponse::of).toList(), d.timeline(),
					d.actions().stream().map((a) -> ActionResponse.of(a, today)).toList(), r.createdAt(),
					r.publishedAt());
		}

	}

	record ImpactResponse(Instant startedAt, Instant detectedAt, Instant mitigatedAt, Instant resolvedAt,
			Long secondsToDetect, Long secondsToMitigate, Long secondsToResolve, Long secondsTotal) {

		static ImpactResponse of(ImpactTimes i) {
			return new ImpactResponse(i.startedAt(), i.detectedAt(), i.mitigatedAt(), i.resolvedAt(),
					seconds(i.toDetect()), seconds(i.toMitigate()), seconds(i.toResolve()), seconds(i.total()));
		}

		private static Long seconds(java.time.Duration d) {
			return (d != null) ? d.toSeconds() : null;
		}

	}

	record FactorResponse(long id, String kind, String type, String description, List<Long> evidence, String provider) {

		static FactorResponse of(Factor f) {
			return new FactorResponse(f.id(), f.kind(), f.type().code(), f.description(), f.evidence(),
					(f.provider() != null) ? f.provider().toString() : null);
		}

	}

	/**
	 * An action item.
	 *
	 * @param owner the owner's e-mail address (or, from before owners were users, the
	 * text given then), kept for older clients
	 * @param ownerPerson the owner: id, name and e-mail; id and e-mail are left out for
	 * old text that matched no user
	 */
	record ActionResponse(long id, long review, String title, String owner, Person ownerPerson, LocalDate due,
			String status, String reason, String trackerUrl, boolean overdue) {

		static ActionResponse of(ActionItem a, LocalDate today) {
			return new ActionResponse(a.id(), a.review(), a.title(), (a.owner() != null) ? a.owner().reference() : null,
					a.owner(), a.due(), a.status().code(), a.reason(), a.trackerUrl(), a.overdue(today));
		}

	}

}
