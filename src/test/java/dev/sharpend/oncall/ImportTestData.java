package dev.sharpend.oncall;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/** People, a team and the import fixtures for the importers' unit tests. */
final class ImportTestData {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final User ALICE = user(1, "alice@example.test", "Alice Smith");

	static final User BOB = user(2, "bob@example.test", "Bob Brown");

	static final User CAROL = user(3, "carol@example.test", "Carol Jones");

	static final Team PAYMENTS = new Team(new TeamId(new UUID(2, 1)), "Payments", BERLIN,
			List.of(ALICE.id(), BOB.id(), CAROL.id()));

	static final Schedule PAYMENTS_SCHEDULE = new Schedule(new ScheduleId(new UUID(3, 1)), PAYMENTS.id(),
			"Payments_schedule");

	static final Schedule CHECKOUT_SCHEDULE = new Schedule(new ScheduleId(new UUID(3, 2)), PAYMENTS.id(),
			"Checkout primary");

	/** Monday 4 January 2027, 00:00 UTC: week 52 after the fixtures' first Monday. */
	static final Instant NOW = Instant.parse("2027-01-04T00:00:00Z");

	private ImportTestData() {
	}

	static ImportContext context() {
		return new ImportContext(PAYMENTS, new ImportPeople(List.of(ALICE, BOB, CAROL)),
				List.of(PAYMENTS_SCHEDULE, CHECKOUT_SCHEDULE), List.of(PAYMENTS), NOW);
	}

	static String fixture(String name) {
		try (InputStream in = ImportTestData.class.getResourceAsStream("/oncall/import/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Who the schedule has on call at a wall-clock time in the zone. */
	static UserId onCall(ImportPlan plan, ZoneId zone, String local) {
		Instant at = LocalDateTime.parse(local).atZone(zone).toInstant();
		ImportPlan.PlannedSchedule schedule = plan.schedules().get(0);
		List<ScheduleOverride> overrides = schedule.shifts()
			.stream()
			.map((s) -> new ScheduleOverride(OverrideId.random(), ImportContext.PLANNED, s.user(), s.start(), s.end(),
					NOW))
			.toList();
		return FinalSchedule.compute(schedule.layers(), overrides, at, at.plusSeconds(60)).at(at).orElseThrow().user();
	}

	/** Each item's object with its mark, as the plan shows them. */
	static Map<String, String> marks(ImportPlan plan) {
		return plan.items()
			.stream()
			.collect(Collectors.toMap(ImportPlan.Item::object, (i) -> i.mark().symbol(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	static void assertReasons(ImportPlan plan, String objectPart, String reasonPart) {
		assertThat(plan.items()).filteredOn((i) -> i.object().contains(objectPart))
			.as(plan.items().toString())
			.anySatisfy((i) -> assertThat(String.join(" ", i.reasons())).contains(reasonPart));
	}

	private static User user(int n, String email, String name) {
		return new User(new UserId(new UUID(1, n)), email, name, null, new RoleId(new UUID(0, 2)), true, Instant.EPOCH,
				null);
	}

}
