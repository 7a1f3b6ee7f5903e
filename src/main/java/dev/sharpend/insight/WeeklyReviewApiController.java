package dev.sharpend.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A rotation's weekly on-call review as JSON; never per person. */
@RestController
@RequiresPermission(Permission.INSIGHT_READ)
class WeeklyReviewApiController {

	private final WeeklyReviews reviews;

	WeeklyReviewApiController(WeeklyReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/insights/weekly-reviews/{rotation}/{week}")
	WeeklyReviewJson weekly(@PathVariable String rotation, @PathVariable String week) {
		return WeeklyReviewJson.of(this.reviews.review(rotation, week));
	}

	/**
	 * A rotation's week.
	 *
	 * @param week such as {@code 2026-W48}
	 * @param zone the rotation's time zone, whose wall clock the week and bands are read
	 * on
	 * @param inProgress whether the week is not over yet
	 * @param rotation the schedule
	 * @param team its team
	 * @param bands the week's pages per band
	 * @param days pages per band on each day, Monday first
	 * @param noisiestRules the rules that paged most, at most ten
	 * @param unacted the paged groups nobody acted on
	 * @param openSignals open drift signals on the rules that paged
	 * @param incidents incidents the paged groups led to
	 * @param reviews the reviews of those incidents
	 */
	record WeeklyReviewJson(String week, String zone, boolean inProgress, InterruptionApiController.Named rotation,
			InterruptionApiController.Named team, InterruptionApiController.BandsJson bands, List<DayJson> days,
			List<WeeklyReview.RuleLine> noisiestRules, List<UnactedJson> unacted, List<SignalJson> openSignals,
			List<IncidentJson> incidents, List<ReviewJson> reviews) {

		static WeeklyReviewJson of(WeeklyReview review) {
			WeeklyReview.Rotation r = review.rotation();
			WeeklyReview.Pages p = review.pages();
			return new WeeklyReviewJson(review.week().toString(), r.zone().getId(), review.inProgress(),
					new InterruptionApiController.Named(r.id(), r.name()),
					new InterruptionApiController.Named(r.team(), r.teamName()), bandsJson(p.bands()),
					p.days().stream().map((d) -> new DayJson(d.date(), bandsJson(d.bands()))).toList(), p.rules(),
					p.unacted()
						.stream()
						.map((g) -> new UnactedJson(g.group(), g.rule(), g.opened(), g.pages(),
								(g.answer() != null) ? g.answer().code() : null))
						.toList(),
					review.signals()
						.stream()
						.map((v) -> new SignalJson(v.signal().kind().code(), v.signal().rule(), v.signal().summary(),
								v.signal().incidents(), v.signal().groups()))
						.toList(),
					review.incidents()
						.stream()
						.map((i) -> new IncidentJson(i.number(), i.title(), i.status(), i.declaredAt()))
						.toList(),
					review.reviews()
						.stream()
						.map((v) -> new ReviewJson(v.id(), v.incident(), v.title(), v.status()))
						.toList());
		}

	}

	private static InterruptionApiController.BandsJson bandsJson(WeeklyReview.Bands bands) {
		return new InterruptionApiController.BandsJson(bands.business(), bands.offHours(), bands.sleep(),
				bands.total());
	}

	/**
	 * Pages per band on one day.
	 *
	 * @param date the date on the rotation's wall clock
	 * @param bands the pages
	 */
	record DayJson(LocalDate date, InterruptionApiController.BandsJson bands) {
	}

	/**
	 * A paged group nobody acted on.
	 *
	 * @param group the alert group's id
	 * @param rule its rule
	 * @param openedAt when it opened
	 * @param pages pages it sent through the rotation that week
	 * @param answer the answer to "was action taken?" (a "no action" code), or none when
	 * it was acknowledged and resolved without action
	 */
	record UnactedJson(long group, String rule, Instant openedAt, int pages, @Nullable String answer) {
	}

	/**
	 * An open drift signal.
	 *
	 * @param kind its kind's code
	 * @param rule the rule
	 * @param summary the evidence in one sentence
	 * @param incidents incidents the rule preceded
	 * @param groups the groups behind it
	 */
	record SignalJson(String kind, String rule, String summary, List<Long> incidents, List<Long> groups) {
	}

	/**
	 * An incident.
	 *
	 * @param number its number
	 * @param title its title
	 * @param status its status
	 * @param declaredAt when it was declared
	 */
	record IncidentJson(long number, String title, String status, Instant declaredAt) {
	}

	/**
	 * A review.
	 *
	 * @param id its id
	 * @param incident the incident it reviews
	 * @param title its title
	 * @param status where it stands
	 */
	record ReviewJson(long id, long incident, String title, String status) {
	}

}
