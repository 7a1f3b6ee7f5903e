package dev.sharpend.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.identity.Person;
import dev.sharpend.incident.Incident;
import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewFollowUps.OwnedAction;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.StatusPage;

import org.jspecify.annotations.Nullable;

/**
 * What needs attention now, each part only for a reader who may read it.
 *
 * @param at when it was read
 * @param onCall who is on call now on each team's schedules
 * @param incidents open incidents, the most severe first
 * @param alerts triggered, then acknowledged alert groups
 * @param maintenances maintenances in progress, then upcoming ones, soonest first
 * @param pages status pages that are not fully operational
 * @param actions the reader's action items overdue or due soon
 * @param reviews reviews waiting: resolved incidents without one, then reviews in review
 * @param upstream providers' components mapped to ours that are unwell, then providers'
 * maintenances touching them, in progress or starting within a week
 */
public record HomeView(Instant at, Section<OnDuty> onCall, Section<OpenIncident> incidents, Section<GroupQueue> alerts,
		Section<Maintenance> maintenances, Section<PageState> pages, Section<OwnedAction> actions,
		Section<ReviewWaiting> reviews, Section<Upstream> upstream) {

	/** Action items due up to this many days ahead count as due soon. */
	public static final int DUE_SOON_DAYS = 7;

	/** A resolved incident without a review is waiting for one after this many days. */
	public static final int REVIEW_AFTER_DAYS = 2;

	/**
	 * Who is on call now on one schedule.
	 *
	 * @param team the team's name
	 * @param schedule the schedule's name
	 * @param person who is on call, or null when nobody is (a gap in the schedule)
	 * @param you whether it is the reader
	 * @param until when that changes, in the team's time zone, or null when not within
	 * the next weeks
	 */
	public record OnDuty(String team, String schedule, @Nullable Person person, boolean you, @Nullable String until) {
	}

	/**
	 * What a provider our components are mapped to says: trouble now, or a maintenance.
	 *
	 * @param provider the provider's id
	 * @param providerName its name
	 * @param title its component and status, or the maintenance's title
	 * @param components our components it touches, by name
	 * @param maintenance whether it is a maintenance
	 * @param active whether it is under way (trouble always is)
	 * @param when how long ago it began, or how soon it starts, such as {@code 3 h}
	 */
	public record Upstream(String provider, String providerName, String title, String components, boolean maintenance,
			boolean active, String when) {
	}

	/**
	 * An open incident.
	 *
	 * @param incident the incident
	 * @param commander who is commander now, or null
	 * @param open how long it has been open, such as {@code 38 min}
	 */
	public record OpenIncident(Incident incident, @Nullable Person commander, String open) {
	}

	/**
	 * The alert groups in one status.
	 *
	 * @param status triggered or acknowledged
	 * @param count how many groups are in it
	 * @param oldest the groups that have waited longest, oldest first
	 */
	public record GroupQueue(AlertGroupStatus status, long count, List<WaitingGroup> oldest) {
	}

	/**
	 * An alert group and how long its trouble has lasted.
	 *
	 * @param group the group
	 * @param waiting such as {@code 2 h 5 min}
	 */
	public record WaitingGroup(AlertGroup group, String waiting) {
	}

	/**
	 * A maintenance in progress or upcoming.
	 *
	 * @param page the status page it is on
	 * @param notice the maintenance
	 * @param active whether it is in progress
	 * @param when how far it is in or until it starts, such as {@code 2 h}
	 */
	public record Maintenance(StatusPage page, Notice notice, boolean active, String when) {
	}

	/**
	 * A status page and what its readers see at the top.
	 *
	 * @param page the page
	 * @param description its overall status in words, such as "Partial System Outage"
	 * @param indicator none, minor, major, critical or maintenance
	 */
	public record PageState(StatusPage page, String description, String indicator) {
	}

	/**
	 * Something waiting for a review: a resolved incident without one, or a review ready
	 * to be talked through.
	 *
	 * @param incident the resolved incident, or null for a review in review
	 * @param review the review in review, or null for an incident
	 * @param waiting how long it has waited
	 */
	public record ReviewWaiting(@Nullable Incident incident, @Nullable Review review, String waiting) {

		static ReviewWaiting incident(Incident incident, String waiting) {
			return new ReviewWaiting(incident, null, waiting);
		}

		static ReviewWaiting review(Review review, String waiting) {
			return new ReviewWaiting(null, review, waiting);
		}

	}

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	/** The last day an action item may be due to count as due soon. */
	public static LocalDate dueSoonUntil(LocalDate today) {
		return today.plusDays(DUE_SOON_DAYS);
	}

	/** When it was read, such as {@code 18:30 UTC}. */
	public String asOf() {
		return AS_OF.format(this.at);
	}

	public int dueSoonDays() {
		return DUE_SOON_DAYS;
	}

	public int reviewAfterDays() {
		return REVIEW_AFTER_DAYS;
	}

}
