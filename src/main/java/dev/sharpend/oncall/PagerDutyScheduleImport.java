package dev.sharpend.oncall;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/**
 * Reads a schedule as PagerDuty's {@code GET /schedules/{id}} answers it: each schedule
 * layer becomes a rotation layer in the schedule's zone. In PagerDuty the layer shown
 * lowest wins, and the API lists layers with that one first, so the first layer of the
 * answer becomes the top layer here.
 */
final class PagerDutyScheduleImport {

	static final String SOURCE = "pagerduty-schedule";

	private static final long WEEK = Duration.ofDays(7).toSeconds();

	private static final long DAY = Duration.ofDays(1).toSeconds();

	private PagerDutyScheduleImport() {
	}

	static ImportPlan read(String body, String name, ImportContext context) {
		JsonNode root = ImportJson.parse(body, "PagerDuty's GET /schedules/{id}");
		ImportJson.Wrapped wrapped = ImportJson.unwrap(root, "schedule");
		JsonNode schedule = wrapped.body();
		String at = wrapped.at();
		String title = wrapped.title(name);
		ZoneId zone = ImportJson.zone(schedule, "time_zone", at + "time_zone");
		List<JsonNode> layers = ImportJson.array(schedule, "schedule_layers", at + "schedule_layers");
		if (layers.isEmpty()) {
			throw RequestRejected.invalid(at + "schedule_layers", "The schedule has no layers.");
		}
		List<JsonNode> directory = ImportJson.array(schedule, "users", at + "users");
		ImportPlan.Builder plan = new ImportPlan.Builder(SOURCE);
		List<ImportPlan.Item> items = new ArrayList<>();
		List<Rotation> rotations = new ArrayList<>();
		for (int i = 0; i < layers.size(); i++) {
			String path = at + "schedule_layers[" + i + "]";
			Rotation rotation = layer(layers.get(i), path, layers.size() - i, zone, context, directory, items);
			if (rotation != null) {
				rotations.add(rotation);
			}
		}
		if (rotations.isEmpty()) {
			plan.item("schedule \"" + title + "\"", ImportPlan.Mark.CANNOT,
					List.of("None of its layers can be kept, so there is nothing to import."));
		}
		else {
			List<String> caveats = new ArrayList<>();
			if (!ImportJson
				.array(schedule.path("overrides_subschedule"), "rendered_schedule_entries",
						at + "overrides_subschedule.rendered_schedule_entries")
				.isEmpty()) {
				caveats.add("Its overrides are not imported; add the ones still ahead in Sharpend.");
			}
			plan.mapped("schedule \"" + title + "\" in " + zone.getId(), caveats);
			plan.schedule(new ImportPlan.PlannedSchedule(title, rotations, List.of()));
		}
		items.forEach((item) -> plan.item(item.object(), item.mark(), item.reasons()));
		return plan.build();
	}

	private static Rotation layer(JsonNode l, String path, int rank, ZoneId zone, ImportContext context,
			List<JsonNode> directory, List<ImportPlan.Item> items) {
		String name = ImportJson.optionalText(l, "name");
		name = name.isEmpty() ? "Layer " + rank : ImportJson.name(name, path + ".name");
		String object = "layer \"" + name + "\" (" + path + ")";
		List<String> caveats = new ArrayList<>();
		if (l.hasNonNull("end")) {
			Instant end = ImportJson.instant(l, "end", path + ".end");
			if (!end.isAfter(context.now())) {
				items.add(new ImportPlan.Item(object, ImportPlan.Mark.CANNOT,
						List.of("It ended on " + context.shown(end, zone) + "; there is nothing left to import.")));
				return null;
			}
			caveats.add("It ends on " + context.shown(end, zone)
					+ " in PagerDuty; Sharpend layers run until they are deleted, so delete it then.");
		}
		Instant start = ImportJson.instant(l, "start", path + ".start");
		Instant virtualStart = ImportJson.instant(l, "rotation_virtual_start", path + ".rotation_virtual_start");
		if (start.isAfter(context.now()) && start.isAfter(virtualStart)) {
			caveats.add("It starts on " + context.shown(start, zone) + " in PagerDuty; here its turns count from "
					+ context.shown(virtualStart, zone) + " already.");
		}
		long seconds = ImportJson.integer(l, "rotation_turn_length_seconds", path + ".rotation_turn_length_seconds", 0);
		if (seconds <= 0) {
			throw RequestRejected.invalid(path + ".rotation_turn_length_seconds", "A turn must last longer than zero.");
		}
		ShiftLength length = length(seconds);
		if (length == null) {
			items.add(new ImportPlan.Item(object, ImportPlan.Mark.CANNOT, List.of("Its turns last " + seconds
					+ " seconds; Sharpend counts turns in whole hours, days or weeks. Add it by hand.")));
			return null;
		}
		List<UserId> people = users(l, path, context, directory, caveats);
		List<Restriction> restrictions = restrictions(l, path, caveats);
		caveats.add(0, "Becomes layer " + rank + " of " + people.size() + (people.size() == 1 ? " person" : " people")
				+ " taking turns of " + length + (restrictions.isEmpty() ? "." : ", within its restrictions."));
		items.add(new ImportPlan.Item(object, (caveats.size() == 1) ? ImportPlan.Mark.MAPS : ImportPlan.Mark.PARTLY,
				caveats));
		return new Rotation(RotationId.random(), ImportContext.PLANNED, name, rank, people, length, virtualStart, zone,
				restrictions);
	}

	private static ShiftLength length(long seconds) {
		if (seconds % WEEK == 0 && seconds / WEEK <= Rotations.MAX_SHIFT_LENGTH) {
			return new ShiftLength((int) (seconds / WEEK), ShiftUnit.WEEKS);
		}
		if (seconds % DAY == 0 && seconds / DAY <= Rotations.MAX_SHIFT_LENGTH) {
			return new ShiftLength((int) (seconds / DAY), ShiftUnit.DAYS);
		}
		if (seconds % 3600 == 0 && seconds / 3600 <= Rotations.MAX_SHIFT_LENGTH) {
			return new ShiftLength((int) (seconds / 3600), ShiftUnit.HOURS);
		}
		return null;
	}

	private static List<UserId> users(JsonNode l, String path, ImportContext context, List<JsonNode> directory,
			List<String> caveats) {
		List<JsonNode> users = ImportJson.array(l, "users", path + ".users");
		if (users.isEmpty()) {
			throw RequestRejected.invalid(path + ".users", "The layer has nobody in it.");
		}
		List<UserId> people = new ArrayList<>();
		for (int u = 0; u < users.size(); u++) {
			String field = path + ".users[" + u + "]";
			JsonNode user = users.get(u).has("user") ? users.get(u).path("user") : users.get(u);
			String email = email(user, directory);
			if (!email.isEmpty()) {
				people.add(context.people().byEmail(field, email));
				continue;
			}
			String summary = ImportJson.optionalText(user, "summary");
			people.add(context.people()
				.byName(summary)
				.orElseThrow(() -> RequestRejected.invalid(field, "PagerDuty gave no e-mail for " + summary
						+ " and no Sharpend user has that name; export with include[]=users or add \"email\".")));
			caveats.add(summary + " (" + field + ") is matched by name: PagerDuty gave no e-mail address.");
		}
		return people;
	}

	/** The user's e-mail, from the reference itself or the schedule's list of users. */
	private static String email(JsonNode user, List<JsonNode> directory) {
		String email = ImportJson.optionalText(user, "email");
		if (!email.isEmpty()) {
			return email;
		}
		String id = ImportJson.optionalText(user, "id");
		return directory.stream()
			.filter((d) -> !id.isEmpty() && id.equals(ImportJson.optionalText(d, "id")))
			.map((d) -> ImportJson.optionalText(d, "email"))
			.findFirst()
			.orElse("");
	}

	private static List<Restriction> restrictions(JsonNode l, String path, List<String> caveats) {
		List<Restriction> windows = new ArrayList<>();
		List<JsonNode> list = ImportJson.array(l, "restrictions", path + ".restrictions");
		for (int i = 0; i < list.size(); i++) {
			String field = path + ".restrictions[" + i + "]";
			JsonNode r = list.get(i);
			String type = ImportJson.text(r, "type", field + ".type");
			LocalTime start = time(r, field);
			int seconds = ImportJson.integer(r, "duration_seconds", field + ".duration_seconds", 0);
			if (seconds <= 0) {
				throw RequestRejected.invalid(field + ".duration_seconds", "A restriction must last longer than zero.");
			}
			if (seconds % 60 != 0 || start.getSecond() != 0) {
				caveats.add("Restriction " + field + " is rounded to the minute.");
			}
			Duration length = Duration.ofMinutes(seconds / 60);
			if (type.equals("daily_restriction")) {
				if (seconds > DAY) {
					throw RequestRejected.invalid(field + ".duration_seconds",
							"A daily restriction lasts at most a day (86400 seconds).");
				}
				windows.add(ImportWindows.daily(ImportWindows.minute(start), length));
			}
			else if (type.equals("weekly_restriction")) {
				int day = ImportJson.integer(r, "start_day_of_week", field + ".start_day_of_week", 0);
				if (day < 1 || day > 7) {
					throw RequestRejected.invalid(field + ".start_day_of_week",
							"Give the weekday as 1 (Monday) to 7 (Sunday).");
				}
				windows.addAll(ImportWindows.span(DayOfWeek.of(day), ImportWindows.minute(start), length));
			}
			else {
				throw RequestRejected.invalid(field + ".type",
						"PagerDuty restrictions are daily_restriction or weekly_restriction, not " + type + ".");
			}
		}
		return windows;
	}

	private static LocalTime time(JsonNode r, String field) {
		String value = ImportJson.text(r, "start_time_of_day", field + ".start_time_of_day");
		try {
			return LocalTime.parse(value.toUpperCase(Locale.ROOT).replace("Z", ""));
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field + ".start_time_of_day",
					"Give the time of day as HH:mm:ss, not " + value + ".");
		}
	}

}
