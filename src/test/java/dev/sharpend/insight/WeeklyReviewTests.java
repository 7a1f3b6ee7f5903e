package dev.sharpend.insight;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.identity.UserId;
import dev.sharpend.insight.ResponseTimes.Response;
import dev.sharpend.insight.WeeklyReview.Day;
import dev.sharpend.insight.WeeklyReview.GroupLine;
import dev.sharpend.insight.WeeklyReview.Paged;
import dev.sharpend.insight.WeeklyReview.RuleLine;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.ScheduleOutline;
import dev.sharpend.oncall.api.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rotation's week around Berlin's change to summer time on Sunday 29 March 2026 (02:00
 * CET → 03:00 CEST): ISO week 2026-W13 runs from Monday 23 March 00:00 CET (22 March
 * 23:00 UTC) to Monday 30 March 00:00 CEST (29 March 22:00 UTC), 167 hours. Each page's
 * local time and band is worked out beside it.
 */
class WeeklyReviewTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final InsightWeek W13 = new InsightWeek(2026, 13);

	@Test
	void theWeeksPagesByBandDayRuleAndAction() {
		List<Paged> pages = List.of(
				// Mon 23 Mar 09:30 CET: business
				page(1, "2026-03-23T08:30:00Z", 1),
				// Mon 23 Mar 18:10 CET, the next step, two people: off-hours
				page(1, "2026-03-23T17:10:00Z", 2),
				// Sat 28 Mar 23:30 CET: sleep wins over the weekend
				page(2, "2026-03-28T22:30:00Z", 1),
				// Sun 29 Mar 07:30 CEST: sleep
				page(3, "2026-03-29T05:30:00Z", 1),
				// Sun 29 Mar 08:30 CEST (07:30 on the winter clock, sleep): off-hours
				page(3, "2026-03-29T06:30:00Z", 1),
				// Sun 29 Mar 23:59 CEST, three people: sleep, still in W13
				page(4, "2026-03-29T21:59:00Z", 3));
		List<GroupSummary> groups = List.of(
				// cleared by itself
				group(1, "DiskFull", "2026-03-23T08:29:00Z", Response.CLEARED_BY_SELF, false, List.of(), null),
				// acknowledged, then resolved without action
				group(2, "DiskFull", "2026-03-28T22:29:00Z", Response.ACKNOWLEDGED, true, List.of(), null),
				// acted on by nobody, as its responder answered
				group(3, "QueueLag", "2026-03-29T05:29:00Z", Response.ACKNOWLEDGED, false, List.of(),
						ActionTaken.CHECK_FAULTY),
				// became INC-42
				group(4, "ApiDown", "2026-03-29T21:58:00Z", Response.ACKNOWLEDGED, false, List.of(42L),
						ActionTaken.ACTION_TAKEN));

		WeeklyReview.Pages week = WeeklyReview.Pages.of(pages, groups, W13);

		// business 1; off-hours 2 + 1; sleep 1 + 1 + 3
		assertThat(week.bands().business()).isEqualTo(1);
		assertThat(week.bands().offHours()).isEqualTo(3);
		assertThat(week.bands().sleep()).isEqualTo(5);
		assertThat(week.bands().total()).isEqualTo(9);
		assertThat(week.days()).extracting(Day::date)
			.containsExactly(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25),
					LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28),
					LocalDate.of(2026, 3, 29));
		assertThat(week.days()).extracting((d) -> d.bands().total()).containsExactly(3, 0, 0, 0, 0, 1, 5);
		Day sunday = week.days().get(6);
		assertThat(sunday.bands().sleep()).isEqualTo(4);
		assertThat(sunday.bands().offHours()).isEqualTo(1);
		// DiskFull 1 + 2 + 1 pages from two groups; ApiDown 3; QueueLag 2
		assertThat(week.rules()).containsExactly(new RuleLine("DiskFull", 2, 4, 1, 1),
				new RuleLine("ApiDown", 1, 3, 0, 0), new RuleLine("QueueLag", 1, 2, 0, 1));
		assertThat(week.unacted()).extracting(GroupLine::group, GroupLine::pages, GroupLine::answer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1, null),
					org.assertj.core.groups.Tuple.tuple(3L, 2, ActionTaken.CHECK_FAULTY));
		assertThat(week.incidents()).containsExactly(42L);
	}

	@Test
	void aQuietWeekHasSevenEmptyDays() {
		WeeklyReview.Pages week = WeeklyReview.Pages.of(List.of(), List.of(), W13);

		assertThat(week.bands().total()).isZero();
		assertThat(week.days()).hasSize(7).allMatch((d) -> d.bands().total() == 0);
		assertThat(week.rules()).isEmpty();
		assertThat(WeekBandChart.of(week.days()).max()).isZero();
	}

	@Test
	void theDigestOfAWeekIsDueFromTheNextWeeksHandoffOnTheRotationsClock() {
		ScheduleOutline monday = schedule(DayOfWeek.MONDAY, LocalTime.of(9, 0));
		// Mon 30 Mar 08:59 CEST: the handoff has not come
		assertThat(WeeklyDigests.dueWeek(monday, Instant.parse("2026-03-30T06:59:00Z"))).isEmpty();
		// Mon 30 Mar 09:00 CEST (08:00 on the winter clock): W13 is due
		assertThat(WeeklyDigests.dueWeek(monday, Instant.parse("2026-03-30T07:00:00Z"))).contains(W13);
		// all week long after the handoff, still W13 (a node down on Monday sends later)
		assertThat(WeeklyDigests.dueWeek(monday, Instant.parse("2026-04-05T21:59:00Z"))).contains(W13);
		// Mon 6 Apr 00:00 CEST is W15: W14 waits for 09:00
		assertThat(WeeklyDigests.dueWeek(monday, Instant.parse("2026-04-05T22:00:00Z"))).isEmpty();

		ScheduleOutline wednesday = schedule(DayOfWeek.WEDNESDAY, LocalTime.of(17, 30));
		// Tue 31 Mar: the W14 handoff is on Wednesday, so nothing is due yet
		assertThat(WeeklyDigests.dueWeek(wednesday, Instant.parse("2026-03-31T12:00:00Z"))).isEmpty();
		// Wed 1 Apr 17:30 CEST
		assertThat(WeeklyDigests.dueWeek(wednesday, Instant.parse("2026-04-01T15:30:00Z"))).contains(W13);
	}

	@Test
	void theMailSaysWhatThePageSaysWithoutNamingAnyone() {
		WeeklyReview.Pages pages = WeeklyReview.Pages.of(List.of(page(2, "2026-03-28T22:30:00Z", 1)),
				List.of(group(2, "DiskFull", "2026-03-28T22:29:00Z", Response.ACKNOWLEDGED, true, List.of(), null)),
				W13);
		WeeklyReview review = new WeeklyReview(new WeeklyReview.Rotation(java.util.UUID.randomUUID(), "Primary",
				java.util.UUID.randomUUID(), "Payments", BERLIN), W13, false, pages, List.of(), List.of(), List.of());

		String text = WeeklyReviewText.mail(review, "https://sharpend.example.com/insights/weekly/x/2026-W13");

		assertThat(text)
			.contains("Weekly on-call review of Primary (team Payments), 2026-W13: Monday 2026-03-23 "
					+ "to Sunday 2026-03-29 on the Europe/Berlin clock.")
			.contains("Pages: 1 (business hours 0, off-hours 0, sleep 1).")
			.contains("- DiskFull: 1 page from 1 alert group, 0 cleared by itself, 1 not acted on")
			.contains("- alert group #2 (DiskFull), opened Sat 28 Mar 23:29: acknowledged without action")
			.contains("Incidents:\nnone")
			.contains("https://sharpend.example.com/insights/weekly/x/2026-W13");
	}

	private static ScheduleOutline schedule(DayOfWeek day, LocalTime time) {
		return new ScheduleOutline(ScheduleId.random(), "Primary", new TeamId(java.util.UUID.randomUUID()), "Payments",
				BERLIN, day, time, List.<UserId>of());
	}

	private static Paged page(long group, String at, int pages) {
		return new Paged(group, Instant.parse(at), BERLIN, pages);
	}

	private static GroupSummary group(long id, String rule, String opened, Response response, boolean unacted,
			List<Long> incidents, ActionTaken answer) {
		Instant at = Instant.parse(opened);
		return new GroupSummary(id, rule, null, at, at.plus(Duration.ofMinutes(20)), false, 1, response,
				(response == Response.ACKNOWLEDGED) ? Duration.ofMinutes(2) : null, unacted, incidents, answer);
	}

}
