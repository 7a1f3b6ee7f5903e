package dev.sharpend.oncall;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static dev.sharpend.oncall.ImportTestData.ALICE;
import static dev.sharpend.oncall.ImportTestData.BERLIN;
import static dev.sharpend.oncall.ImportTestData.BOB;
import static dev.sharpend.oncall.ImportTestData.CAROL;
import static dev.sharpend.oncall.ImportTestData.assertReasons;
import static dev.sharpend.oncall.ImportTestData.context;
import static dev.sharpend.oncall.ImportTestData.fixture;
import static dev.sharpend.oncall.ImportTestData.marks;
import static dev.sharpend.oncall.ImportTestData.onCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schedules read from a Grafana OnCall-style calendar, Opsgenie and PagerDuty: the plan
 * says what maps, and the planned schedule has the expected person at chosen times; bad
 * input is refused naming the object and field.
 */
class ScheduleImportTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void calendarShiftsBecomeFixedOverridesWithTheHigherLayerWinning() {
		ImportPlan plan = IcalImport.read(fixture("grafana-oncall.ics"), "", context());
		assertThat(plan.schedules()).singleElement()
			.satisfies((s) -> assertThat(s.name()).isEqualTo("Payments on call"));
		assertThat(plan.schedules().get(0).layers()).isEmpty();
		// Week 52 after 5 January 2026 is Alice's (even), the next one Bob's; Carol
		// holds weekdays 09–17 on layer 1 and wins over both.
		assertThat(onCall(plan, BERLIN, "2027-01-06T20:00")).isEqualTo(ALICE.id());
		assertThat(onCall(plan, BERLIN, "2027-01-13T20:00")).isEqualTo(BOB.id());
		assertThat(onCall(plan, BERLIN, "2027-01-06T12:00")).isEqualTo(CAROL.id());
		assertThat(onCall(plan, BERLIN, "2027-01-09T12:00")).isEqualTo(ALICE.id());
		assertThat(plan.schedules().get(0).shifts().get(plan.schedules().get(0).shifts().size() - 1).end())
			.isBefore(ImportTestData.NOW.plus(IcalImport.HORIZON).plusSeconds(7 * 86400));
		assertReasons(plan, "schedule \"Payments on call\"",
				"⚠ fixed shifts until Mon 1 Mar 2027 09:00 Europe/Berlin: the recurring pattern is not kept.");
		assertReasons(plan, "[L1] Carol Jones", "shifts of Carol Jones <carol@example.test> on layer L1");
		assertThat(marks(plan))
			.containsEntry("event \"[L1] bob@example.test\" (VEVENT[3] (UID new-year-cover@example.test))", "✘");
	}

	@Test
	void badCalendarsAreRefusedNamingTheEventAndField() {
		String good = fixture("grafana-oncall.ics");
		assertRefused(() -> IcalImport.read("BEGIN:VEVENT\nSUMMARY:alice\nEND:VEVENT", "", context()), "body",
				"not an iCalendar file");
		assertRefused(() -> IcalImport.read(good.replace("[L0] alice", "[L0] mallory"), "", context()),
				"VEVENT[0] (UID rota-week-a@example.test).SUMMARY", "\"mallory\"");
		assertRefused(
				() -> IcalImport.read(good.replace("DTEND;TZID=Europe/Berlin:20260105T170000",
						"DTEND;TZID=Europe/Berlin:20260105T090000"), "", context()),
				"VEVENT[2] (UID office-hours@example.test).DTEND", "ends when it starts");
		assertRefused(() -> IcalImport.read(good.replace("[L1] Carol Jones", "[L0] Carol Jones"), "", context()),
				"VEVENT[2] (UID office-hours@example.test).DTSTART",
				"It overlaps VEVENT[0] (UID rota-week-a@example.test) on layer L0");
		assertRefused(() -> IcalImport.read(
				good.replace("DTSTART;TZID=Europe/Berlin:20260105T090000\r\nDTEND;TZID" + "=Europe/Berlin:20260112",
						"DTSTART;TZID=Mars/Olympus:20260105T090000\r\nDTEND;TZID=Europe/Berlin:20260112"),
				"", context()), "TZID", "Mars/Olympus");
	}

	@Test
	void opsgenieRotationsBecomeLayersWithTheRestrictedOneOnTop() {
		ImportPlan plan = OpsgenieScheduleImport.read(fixture("opsgenie-schedule.json"), "", context());
		List<Rotation> layers = plan.schedules().get(0).layers();
		assertThat(layers).extracting(Rotation::name, Rotation::layer)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Business hours", 2),
					org.assertj.core.groups.Tuple.tuple("Around the clock", 1));
		assertThat(onCall(plan, BERLIN, "2027-01-06T12:00")).isEqualTo(CAROL.id());
		assertThat(onCall(plan, BERLIN, "2027-01-06T20:00")).isEqualTo(ALICE.id());
		assertThat(onCall(plan, BERLIN, "2027-01-09T12:00")).isEqualTo(ALICE.id());
		assertThat(onCall(plan, BERLIN, "2027-01-13T20:00")).isEqualTo(BOB.id());
		assertThat(marks(plan)).containsEntry("rotation \"Around the clock\" (data.rotations[0])", "✔")
			.containsEntry("rotation \"Business hours\" (data.rotations[1])", "⚠")
			.containsEntry("schedule \"Payments_schedule\" in Europe/Berlin", "⚠");
		assertReasons(plan, "Business hours", "empty turn (data.rotations[1].participants[1], \"none\") is dropped");
		assertReasons(plan, "schedule", "Opsgenie puts the people of every rotation on call at once");
	}

	@Test
	void badOpsgenieSchedulesAreRefusedNamingTheField() {
		String good = fixture("opsgenie-schedule.json");
		assertRefused(() -> OpsgenieScheduleImport.read("{\"data\": {", "", context()), "body", "not valid JSON");
		assertRefused(() -> OpsgenieScheduleImport.read(good.replace("bob@example.test", "x@y.test"), "", context()),
				"data.rotations[0].participants[1]", "No Sharpend user has the e-mail x@y.test");
		assertRefused(() -> OpsgenieScheduleImport.read(good.replace("\"Europe/Berlin\"", "\"Europe/Atlantis\""), "",
				context()), "data.timezone", "Europe/Atlantis");
		assertRefused(() -> OpsgenieScheduleImport.read(good.replace("\"type\": \"weekly\"", "\"type\": \"monthly\""),
				"", context()), "data.rotations[0].type", "monthly");
	}

	@Test
	void pagerDutyLayersKeepTheirPrecedenceAndRestriction() {
		ImportPlan plan = PagerDutyScheduleImport.read(fixture("pagerduty-schedule.json"), "", context());
		assertThat(plan.schedules().get(0).layers()).extracting(Rotation::name, Rotation::layer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Weekday days", 2),
					org.assertj.core.groups.Tuple.tuple("Around the clock", 1));
		// The weekly restriction runs from Monday 09:00 to Friday 17:00 New York time.
		assertThat(onCall(plan, NEW_YORK, "2027-01-06T03:00")).isEqualTo(CAROL.id());
		assertThat(onCall(plan, NEW_YORK, "2027-01-08T16:59")).isEqualTo(CAROL.id());
		assertThat(onCall(plan, NEW_YORK, "2027-01-08T17:00")).isEqualTo(ALICE.id());
		assertThat(onCall(plan, NEW_YORK, "2027-01-04T08:59")).isEqualTo(BOB.id());
		assertThat(onCall(plan, NEW_YORK, "2027-01-16T12:00")).isEqualTo(BOB.id());
		assertThat(marks(plan)).containsEntry("layer \"Weekday days\" (schedule.schedule_layers[0])", "✔");
	}

	@Test
	void badPagerDutySchedulesAreRefusedNamingTheField() {
		String good = fixture("pagerduty-schedule.json");
		assertRefused(
				() -> PagerDutyScheduleImport
					.read(good.replace("\"email\": \"bob@example.test\"", "\"email\": \"x@y.test\""), "", context()),
				"schedule.schedule_layers[1].users[1]", "No Sharpend user has the e-mail x@y.test");
		assertRefused(
				() -> PagerDutyScheduleImport
					.read(good.replace("\"duration_seconds\": 374400", "\"duration_seconds\": 0"), "", context()),
				"schedule.schedule_layers[0].restrictions[0].duration_seconds", "longer than zero");
		assertRefused(() -> PagerDutyScheduleImport.read(
				good.replace("America/New_York\",\n    \"description", "Nowhere/Land\",\n    \"description"), "",
				context()), "schedule.time_zone", "Nowhere/Land");
	}

	static void assertRefused(Runnable read, String field, String message) {
		assertThatThrownBy(read::run).isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.getMessage()).contains(message);
		});
	}

}
