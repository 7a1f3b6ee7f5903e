package dev.sharpend.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;

/**
 * Reads a schedule as Opsgenie's schedule API answers it (with its rotations): each
 * rotation becomes a layer. Opsgenie puts the people of every rotation on call at once,
 * where Sharpend takes the highest layer that has someone; restricted rotations, usually
 * the exceptions to a round-the-clock one, go on top, otherwise Opsgenie's order holds
 * with its first rotation on top.
 */
final class OpsgenieScheduleImport {

	static final String SOURCE = "opsgenie-schedule";

	private OpsgenieScheduleImport() {
	}

	static ImportPlan read(String body, String name, ImportContext context) {
		JsonNode root = ImportJson.parse(body, "Opsgenie's GET /v2/schedules/{id}");
		ImportJson.Wrapped wrapped = ImportJson.unwrap(root, "data");
		JsonNode data = wrapped.body();
		String at = wrapped.at();
		String title = wrapped.title(name);
		ZoneId zone = ImportJson.zone(data, "timezone", at + "timezone");
		List<JsonNode> rotations = ImportJson.array(data, "rotations", at + "rotations");
		if (rotations.isEmpty()) {
			throw RequestRejected.invalid(at + "rotations",
					"The schedule has no rotations; ask Opsgenie with ?identifierType=id so they are included.");
		}
		ImportPlan.Builder plan = new ImportPlan.Builder(SOURCE);
		List<Candidate> kept = new ArrayList<>();
		List<ImportPlan.Item> rotationItems = new ArrayList<>();
		for (int i = 0; i < rotations.size(); i++) {
			String path = at + "rotations[" + i + "]";
			Candidate c = rotation(rotations.get(i), path, i, zone, context, rotationItems);
			if (c != null) {
				kept.add(c);
			}
		}
		kept.sort(Comparator.comparing((Candidate c) -> c.restrictions().isEmpty()).thenComparingInt(Candidate::index));
		List<Rotation> layers = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Candidate c = kept.get(i);
			layers.add(new Rotation(RotationId.random(), ImportContext.PLANNED, c.name(), kept.size() - i,
					c.participants(), c.length(), c.handoff(), zone, c.restrictions()));
		}
		List<String> caveats = new ArrayList<>();
		if (layers.size() > 1) {
			caveats.add("Opsgenie puts the people of every rotation on call at once; Sharpend takes the highest layer "
					+ "that has someone: " + String.join(" over ", layers.stream().map(Rotation::name).toList())
					+ ". Page the others from an escalation step if they should be woken too.");
		}
		if (data.path("enabled").isBoolean() && !data.path("enabled").asBoolean()) {
			caveats.add("It is disabled in Opsgenie; in Sharpend it is active as soon as it is imported.");
		}
		if (layers.isEmpty()) {
			plan.item("schedule \"" + title + "\"", ImportPlan.Mark.CANNOT,
					List.of("None of its rotations can be kept, so there is nothing to import."));
		}
		else {
			plan.mapped("schedule \"" + title + "\" in " + zone.getId(), caveats);
			plan.schedule(new ImportPlan.PlannedSchedule(title, layers, List.of()));
		}
		rotationItems.forEach((item) -> plan.item(item.object(), item.mark(), item.reasons()));
		return plan.build();
	}

	private static Candidate rotation(JsonNode r, String path, int index, ZoneId zone, ImportContext context,
			List<ImportPlan.Item> items) {
		String name = ImportJson.optionalText(r, "name");
		name = name.isEmpty() ? "Rotation " + (index + 1) : ImportJson.name(name, path + ".name");
		String object = "rotation \"" + name + "\" (" + path + ")";
		List<String> caveats = new ArrayList<>();
		ShiftLength length = new ShiftLength(length(r, path), unit(r, path));
		Instant handoff = ImportJson.instant(r, "startDate", path + ".startDate");
		if (r.hasNonNull("endDate")) {
			Instant end = ImportJson.instant(r, "endDate", path + ".endDate");
			if (!end.isAfter(context.now())) {
				items.add(new ImportPlan.Item(object, ImportPlan.Mark.CANNOT,
						List.of("It ended on " + context.shown(end, zone) + "; there is nothing left to import.")));
				return null;
			}
			caveats.add("It ends on " + context.shown(end, zone)
					+ " in Opsgenie; Sharpend rotations run until they are deleted, so delete the layer then.");
		}
		List<UserId> people = participants(r, path, context, caveats);
		List<Restriction> restrictions = restrictions(r.path("timeRestriction"), path + ".timeRestriction");
		if (people.isEmpty()) {
			caveats.add("Nobody in it can take a turn in Sharpend.");
			items.add(new ImportPlan.Item(object, ImportPlan.Mark.CANNOT, caveats));
			return null;
		}
		caveats.add(0, "Becomes a layer of " + people.size() + (people.size() == 1 ? " person" : " people")
				+ " taking turns of " + length + (restrictions.isEmpty() ? "." : ", within its time restriction."));
		items.add(new ImportPlan.Item(object, (caveats.size() == 1) ? ImportPlan.Mark.MAPS : ImportPlan.Mark.PARTLY,
				caveats));
		return new Candidate(index, name, people, length, handoff, restrictions);
	}

	private static int length(JsonNode r, String path) {
		int length = ImportJson.integer(r, "length", path + ".length", 1);
		if (length < 1 || length > Rotations.MAX_SHIFT_LENGTH) {
			throw RequestRejected.invalid(path + ".length",
					"The length must be between 1 and " + Rotations.MAX_SHIFT_LENGTH + ".");
		}
		return length;
	}

	private static ShiftUnit unit(JsonNode r, String path) {
		return switch (ImportJson.text(r, "type", path + ".type").toLowerCase(Locale.ROOT)) {
			case "hourly" -> ShiftUnit.HOURS;
			case "daily" -> ShiftUnit.DAYS;
			case "weekly" -> ShiftUnit.WEEKS;
			default -> throw RequestRejected.invalid(path + ".type",
					"Opsgenie rotations are hourly, daily or weekly, not " + r.path("type").asString() + ".");
		};
	}

	private static List<UserId> participants(JsonNode r, String path, ImportContext context, List<String> caveats) {
		List<UserId> people = new ArrayList<>();
		List<JsonNode> participants = ImportJson.array(r, "participants", path + ".participants");
		for (int p = 0; p < participants.size(); p++) {
			JsonNode participant = participants.get(p);
			String field = path + ".participants[" + p + "]";
			String type = ImportJson.optionalText(participant, "type").toLowerCase(Locale.ROOT);
			switch (type) {
				case "user" -> people.add(
						context.people().byEmail(field, ImportJson.text(participant, "username", field + ".username")));
				case "none" -> caveats.add("Its empty turn (" + field + ", \"none\") is dropped: Sharpend has no "
						+ "turn for nobody, so the others' turns come round sooner.");
				case "team", "escalation" -> caveats.add("Its " + type + " participant " + describe(participant) + " ("
						+ field + ") is dropped: only people take turns in Sharpend.");
				default -> throw RequestRejected.invalid(field + ".type",
						"Opsgenie participants are user, team, escalation or none, not \"" + type + "\".");
			}
		}
		return people;
	}

	private static String describe(JsonNode participant) {
		String name = ImportJson.optionalText(participant, "name");
		return name.isEmpty() ? ImportJson.optionalText(participant, "id") : "\"" + name + "\"";
	}

	private static List<Restriction> restrictions(JsonNode restriction, String path) {
		if (restriction.isMissingNode() || restriction.isNull()) {
			return List.of();
		}
		String type = ImportJson.text(restriction, "type", path + ".type");
		if (type.equals("time-of-day")) {
			JsonNode window = ImportJson.object(restriction, "restriction", path + ".restriction");
			LocalTime start = clock(window, "start", path + ".restriction");
			LocalTime end = clock(window, "end", path + ".restriction");
			return List.of(Restriction.daily(start, end));
		}
		if (!type.equals("weekday-and-time-of-day")) {
			throw RequestRejected.invalid(path + ".type",
					"Opsgenie restrictions are time-of-day or weekday-and-time-of-day, not " + type + ".");
		}
		List<Restriction> windows = new ArrayList<>();
		List<JsonNode> list = ImportJson.array(restriction, "restrictions", path + ".restrictions");
		for (int i = 0; i < list.size(); i++) {
			String field = path + ".restrictions[" + i + "]";
			JsonNode w = list.get(i);
			DayOfWeek startDay = day(w, "startDay", field);
			LocalTime start = clock(w, "start", field);
			long from = (startDay.getValue() - 1) * 1440L + start.getHour() * 60L + start.getMinute();
			DayOfWeek endDay = day(w, "endDay", field);
			LocalTime end = clock(w, "end", field);
			long to = (endDay.getValue() - 1) * 1440L + end.getHour() * 60L + end.getMinute();
			long minutes = Math.floorMod(to - from, 7 * 1440L);
			windows
				.addAll(ImportWindows.span(startDay, start, Duration.ofMinutes((minutes == 0) ? 7 * 1440L : minutes)));
		}
		if (windows.isEmpty()) {
			throw RequestRejected.invalid(path + ".restrictions", "The restriction has no windows.");
		}
		return windows;
	}

	private static DayOfWeek day(JsonNode w, String name, String path) {
		String day = ImportJson.text(w, name, path + "." + name);
		try {
			return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(path + "." + name, "There is no weekday " + day + "; use monday … sunday.");
		}
	}

	private static LocalTime clock(JsonNode w, String prefix, String path) {
		int hour = ImportJson.integer(w, prefix + "Hour", path + "." + prefix + "Hour", -1);
		int minute = ImportJson.integer(w, prefix + "Min", path + "." + prefix + "Min", 0);
		if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
			throw RequestRejected.invalid(path + "." + prefix + "Hour",
					"Give the hour (0–23) and minute (0–59) the window " + prefix + "s at.");
		}
		return LocalTime.of(hour, minute);
	}

	private record Candidate(int index, String name, List<UserId> participants, ShiftLength length, Instant handoff,
			List<Restriction> restrictions) {
	}

}
