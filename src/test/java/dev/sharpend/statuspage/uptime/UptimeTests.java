package dev.sharpend.statuspage.uptime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.catalog.StatusPeriod;
import dev.sharpend.statuspage.Impact;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.StatusPageSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UptimeTests {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static final ComponentId API = new ComponentId("api");

	/** Noon on 2024-06-30 UTC; the component exists since long before the 90 days. */
	private final Clock clock = Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), UTC);

	@Test
	void showsNinetyDaysEndingTodayInThePagesZone() {
		Uptime.Bars bars = Uptime.of(component(null, Instant.parse("2023-01-01T00:00:00Z")),
				List.of(period(ComponentStatus.OPERATIONAL, "2023-01-01T00:00:00Z", null)), List.of(), UTC,
				this.clock.instant());
		assertThat(bars.days()).hasSize(90);
		assertThat(bars.days().get(89).date()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(bars.days().get(0).date()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(bars.uptime90()).isEqualTo("100.00 %");
		assertThat(bars.days().get(89).spent().get(ComponentStatus.OPERATIONAL)).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void splitsAPeriodAtMidnightAndColoursEachDayByItsWorstStatus() {
		List<StatusPeriod> history = List.of(
				period(ComponentStatus.OPERATIONAL, "2023-01-01T00:00:00Z", "2024-06-28T23:00:00Z"),
				period(ComponentStatus.MAJOR_OUTAGE, "2024-06-28T23:00:00Z", "2024-06-29T01:00:00Z"),
				period(ComponentStatus.DEGRADED_PERFORMANCE, "2024-06-29T01:00:00Z", "2024-06-29T02:00:00Z"),
				period(ComponentStatus.OPERATIONAL, "2024-06-29T02:00:00Z", null));
		Uptime.Bars bars = Uptime.of(component(null, Instant.parse("2023-01-01T00:00:00Z")), history, List.of(), UTC,
				this.clock.instant());
		Uptime.Day june28 = bars.days().get(87);
		Uptime.Day june29 = bars.days().get(88);
		assertThat(june28.worst()).isEqualTo(ComponentStatus.MAJOR_OUTAGE);
		assertThat(june28.spent().get(ComponentStatus.MAJOR_OUTAGE)).isEqualTo(Duration.ofHours(1));
		assertThat(june29.worst()).isEqualTo(ComponentStatus.MAJOR_OUTAGE);
		assertThat(june29.spent().get(ComponentStatus.DEGRADED_PERFORMANCE)).isEqualTo(Duration.ofHours(1));
		assertThat(june29.tooltip()).contains("2024-06-29", "Major outage: 1 h", "Degraded performance: 1 h",
				"Operational: 22 h");
		assertThat(bars.days().get(89).worst()).isEqualTo(ComponentStatus.OPERATIONAL);
	}

	@Test
	void daysFollowThePagesTimeZoneNotUtc() {
		// 23:30 UTC on June 28 is already June 29 in Berlin (UTC+2 in summer).
		List<StatusPeriod> history = List.of(
				period(ComponentStatus.OPERATIONAL, "2023-01-01T00:00:00Z", "2024-06-28T23:30:00Z"),
				period(ComponentStatus.PARTIAL_OUTAGE, "2024-06-28T23:30:00Z", "2024-06-28T23:45:00Z"),
				period(ComponentStatus.OPERATIONAL, "2024-06-28T23:45:00Z", null));
		Uptime.Bars berlin = Uptime.of(component(null, Instant.parse("2023-01-01T00:00:00Z")), history, List.of(),
				ZoneId.of("Europe/Berlin"), this.clock.instant());
		assertThat(berlin.days().get(88).date()).isEqualTo(LocalDate.of(2024, 6, 29));
		assertThat(berlin.days().get(88).worst()).isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
		assertThat(berlin.days().get(87).worst()).isEqualTo(ComponentStatus.OPERATIONAL);
	}

	@Test
	void anOpenPeriodLastsUntilNowAndTheFutureIsNotCounted() {
		List<StatusPeriod> history = List.of(
				period(ComponentStatus.OPERATIONAL, "2023-01-01T00:00:00Z", "2024-06-30T06:00:00Z"),
				period(ComponentStatus.MAJOR_OUTAGE, "2024-06-30T06:00:00Z", null));
		Uptime.Bars bars = Uptime.of(component(null, Instant.parse("2023-01-01T00:00:00Z")), history, List.of(), UTC,
				this.clock.instant());
		Uptime.Day today = bars.days().get(89);
		assertThat(today.spent().get(ComponentStatus.MAJOR_OUTAGE)).isEqualTo(Duration.ofHours(6));
		assertThat(today.spent().get(ComponentStatus.OPERATIONAL)).isEqualTo(Duration.ofHours(6));
		// 6 hours down out of 29 days and 12 hours
		assertThat(bars.percent30()).isCloseTo(100.0 * (1 - 6.0 / (29 * 24 + 12)), within(1e-9));
	}

	@Test
	void partialOutagesCountAtThirtyPercentAndDegradedAndMaintenanceCountAsUp() {
		List<StatusPeriod> history = List.of(
				period(ComponentStatus.PARTIAL_OUTAGE, "2024-06-29T00:00:00Z", "2024-06-29T10:00:00Z"),
				period(ComponentStatus.DEGRADED_PERFORMANCE, "2024-06-29T10:00:00Z", "2024-06-29T20:00:00Z"),
				period(ComponentStatus.UNDER_MAINTENANCE, "2024-06-29T20:00:00Z", "2024-06-30T00:00:00Z"),
				period(ComponentStatus.OPERATIONAL, "2024-06-30T00:00:00Z", null));
		Uptime.Bars bars = Uptime.of(component(null, Instant.parse("2024-06-29T00:00:00Z")), history, List.of(), UTC,
				this.clock.instant());
		// 36 hours observed; 10 hours partial outage count as 3 hours down.
		assertThat(bars.percent90()).isCloseTo(100.0 * (36 - 3) / 36, within(1e-9));
		assertThat(bars.uptime90()).isEqualTo("91.66 %");
	}

	@Test
	void daysBeforeTheStartDateOrCreationHaveNoData() {
		Uptime.Bars created = Uptime.of(component(null, Instant.parse("2024-06-29T08:00:00Z")),
				List.of(period(ComponentStatus.OPERATIONAL, "2024-06-29T08:00:00Z", null)), List.of(), UTC,
				this.clock.instant());
		assertThat(created.days().get(87).noData()).isTrue();
		assertThat(created.days().get(87).tooltip()).isEqualTo("2024-06-28: no data");
		assertThat(created.days().get(88).spent().get(ComponentStatus.OPERATIONAL)).isEqualTo(Duration.ofHours(16));

		// A start date before creation counts the days in between as operational.
		Uptime.Bars started = Uptime.of(component(LocalDate.of(2024, 6, 20), Instant.parse("2024-06-29T08:00:00Z")),
				List.of(period(ComponentStatus.OPERATIONAL, "2024-06-29T08:00:00Z", null)), List.of(), UTC,
				this.clock.instant());
		assertThat(started.days().get(78).noData()).isTrue();
		assertThat(started.days().get(79).date()).isEqualTo(LocalDate.of(2024, 6, 20));
		assertThat(started.days().get(79).worst()).isEqualTo(ComponentStatus.OPERATIONAL);
		assertThat(started.percent90()).isEqualTo(100.0);
	}

	@Test
	void aComponentWithoutAnyObservedTimeHasNoPercentage() {
		Uptime.Bars bars = Uptime.of(component(LocalDate.of(2024, 7, 5), Instant.parse("2024-06-30T12:00:00Z")),
				List.of(), List.of(), UTC, this.clock.instant());
		assertThat(bars.percent30()).isNull();
		assertThat(bars.uptime30()).isEqualTo("no data");
	}

	@Test
	void quietDaysShareOneStrokeAndDaysWithIssuesGetTheirOwnDetailedTooltip() {
		List<StatusPeriod> history = List.of(
				period(ComponentStatus.OPERATIONAL, "2024-06-01T00:00:00Z", "2024-06-10T10:00:00Z"),
				period(ComponentStatus.MAJOR_OUTAGE, "2024-06-10T10:00:00Z", "2024-06-10T11:30:00Z"),
				period(ComponentStatus.OPERATIONAL, "2024-06-10T11:30:00Z", null));
		Uptime.Bars bars = Uptime.of(component(null, Instant.parse("2024-06-01T00:00:00Z")), history, List.of(), UTC,
				this.clock.instant());
		List<UptimeRun> runs = bars.runs();

		assertThat(runs).extracting(UptimeRun::count).containsExactly(60, 9, 1, 20);
		assertThat(runs).extracting(UptimeRun::css)
			.containsExactly("no-data", "status-operational", "status-major_outage", "status-operational");
		assertThat(runs.get(0).title()).isEqualTo("2024-04-02 to 2024-05-31: no data");
		assertThat(runs.get(1).title()).isEqualTo("2024-06-01 to 2024-06-09: operational, no incidents");
		assertThat(runs.get(2).title()).contains("2024-06-10", "Major outage: 1 h 30 min", "Operational: 22 h 30 min");
		assertThat(runs.get(2).path()).isEqualTo("M345 14h5");
		assertThat(bars.notable()).extracting(Uptime.Day::date).containsExactly(LocalDate.of(2024, 6, 10));
	}

	@Test
	void anOperationalDayWithAnIncidentIsNotQuiet() {
		Component api = component(null, Instant.parse("2023-01-01T00:00:00Z"));
		Instant at = Instant.parse("2024-06-30T08:00:00Z");
		Notice incident = StatusPageSamples.incident(new PageId("page"), "slow", "Slow logins", Impact.NONE,
				List.of(StatusPageSamples.update("u1", NoticeStatus.INVESTIGATING, "Looking into it.", at)),
				Map.of(API, ComponentStatus.OPERATIONAL));
		Uptime.Bars bars = Uptime.of(api, List.of(period(ComponentStatus.OPERATIONAL, "2023-01-01T00:00:00Z", null)),
				List.of(incident), UTC, this.clock.instant());
		assertThat(bars.runs()).extracting(UptimeRun::count).containsExactly(89, 1);
		assertThat(bars.runs().get(1).title()).contains("Incident: Slow logins");
	}

	private static Component component(LocalDate startDate, Instant createdAt) {
		return new Component(API, new PageId("page"), null, false, "API", null, ComponentStatus.OPERATIONAL, 1, true,
				false, startDate, createdAt, createdAt);
	}

	private static StatusPeriod period(ComponentStatus status, String from, String to) {
		return new StatusPeriod(API, status, Instant.parse(from), (to != null) ? Instant.parse(to) : null);
	}

}
