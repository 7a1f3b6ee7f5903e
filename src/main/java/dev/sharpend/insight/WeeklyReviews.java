package dev.sharpend.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.ScheduleOutline;
import dev.sharpend.review.ReviewFollowUps;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a rotation's weekly on-call review together: its pages from the interruptions
 * rollup, their groups from the alert rollup, the open drift signals of the rules that
 * paged, and the incidents and reviews the paged groups led to, read through the incident
 * and review modules' APIs.
 */
@Service
@Transactional(readOnly = true)
class WeeklyReviews {

	private final WeeklyReviewRepository pages;

	private final InsightRepository groups;

	private final Insights insights;

	private final OnCallLookup onCall;

	private final IncidentResponse incidents;

	private final ReviewFollowUps reviews;

	private final Clock clock;

	WeeklyReviews(WeeklyReviewRepository pages, InsightRepository groups, Insights insights, OnCallLookup onCall,
			IncidentResponse incidents, ReviewFollowUps reviews, Clock clock) {
		this.pages = pages;
		this.groups = groups;
		this.insights = insights;
		this.onCall = onCall;
		this.incidents = incidents;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * The review a request names.
	 * @throws RequestRejected naming {@code rotation} when it is no schedule's id (400)
	 * or no schedule has it (404), naming {@code week} when it is no ISO week or one that
	 * has not begun (400)
	 */
	WeeklyReview review(String rotation, String week) {
		ScheduleOutline schedule = schedule(rotation);
		InsightWeek chosen = InsightWeek.parse(week);
		if (chosen.start(schedule.zone()).isAfter(this.clock.instant())) {
			throw RequestRejected.invalid("week", "The week " + chosen
					+ " has not begun yet on the rotation's clock; pick this week or an earlier one.");
		}
		return review(schedule, chosen);
	}

	/**
	 * The latest week a rotation paged in, or the current week on its clock when it never
	 * paged.
	 * @throws RequestRejected naming {@code rotation} as {@link #review(String, String)}
	 */
	InsightWeek latestWeek(String rotation) {
		ScheduleOutline schedule = schedule(rotation);
		return this.pages.latest(schedule.schedule().value())
			.map((page) -> InsightWeek.of(page.at(), page.zone()))
			.orElseGet(() -> InsightWeek.of(this.clock.instant(), schedule.zone()));
	}

	/** Every schedule, for the digests. */
	List<ScheduleOutline> schedules() {
		return this.onCall.schedules();
	}

	/** A schedule's review of a week. */
	WeeklyReview review(ScheduleOutline schedule, InsightWeek week) {
		Instant now = this.clock.instant();
		List<WeeklyReview.Paged> paged = this.pages.pages(schedule.schedule().value(), week);
		List<GroupSummary> summaries = this.groups
			.summaries(paged.stream().map(WeeklyReview.Paged::group).distinct().toList());
		WeeklyReview.Pages figures = WeeklyReview.Pages.of(paged, summaries, week);
		Set<String> rules = new LinkedHashSet<>();
		summaries.forEach((g) -> rules.add(g.rule()));
		List<Insights.SignalView> signals = this.insights.signalViews()
			.stream()
			.filter((v) -> v.open() && rules.contains(v.signal().rule()))
			.toList();
		List<WeeklyReview.IncidentLine> incidentLines = new ArrayList<>();
		List<WeeklyReview.ReviewLine> reviewLines = new ArrayList<>();
		for (long number : figures.incidents()) {
			if (this.incidents.version(number) == null) {
				// the history names an incident that is not there: the review shows
				// the rest rather than failing (asked first: a refused lookup would
				// mark this transaction for rollback)
				continue;
			}
			Incident incident = this.incidents.require(number);
			incidentLines.add(new WeeklyReview.IncidentLine(number, incident.title(), incident.status().label(),
					incident.declaredAt()));
			this.reviews.ofIncident(number)
				.ifPresent((r) -> reviewLines
					.add(new WeeklyReview.ReviewLine(r.id(), number, r.title(), r.status().label())));
		}
		WeeklyReview.Rotation rotation = new WeeklyReview.Rotation(schedule.schedule().value(), schedule.name(),
				schedule.team().value(), schedule.teamName(), schedule.zone());
		return new WeeklyReview(rotation, week, now.isBefore(week.end(schedule.zone())), figures, signals,
				incidentLines, reviewLines);
	}

	/** Whether a week has begun on the wall clock of the review's rotation. */
	boolean begun(InsightWeek week, WeeklyReview review) {
		return !week.start(review.rotation().zone()).isAfter(this.clock.instant());
	}

	private ScheduleOutline schedule(String rotation) {
		UUID id;
		try {
			id = UUID.fromString(rotation);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("rotation",
					"Unknown rotation '" + rotation + "': give an on-call schedule's id (a UUID).");
		}
		return this.onCall.schedules()
			.stream()
			.filter((s) -> s.schedule().value().equals(id))
			.findFirst()
			.orElseThrow(() -> RequestRejected.notFound("There is no rotation (on-call schedule) " + id + "."));
	}

}
