package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RotationRepository {

	private final JdbcClient jdbc;

	RotationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Rotation> rotations() {
		return this.jdbc.sql("select * from oncall_rotation order by schedule_id, layer desc")
			.query(this::mapRotation)
			.list();
	}

	List<Rotation> rotations(ScheduleId schedule) {
		return this.jdbc.sql("select * from oncall_rotation where schedule_id = :schedule order by layer desc")
			.param("schedule", schedule.value())
			.query(this::mapRotation)
			.list();
	}

	Optional<Rotation> rotation(RotationId id) {
		return this.jdbc.sql("select * from oncall_rotation where id = :id")
			.param("id", id.value())
			.query(this::mapRotation)
			.optional();
	}

	int nextLayer(ScheduleId schedule) {
		return this.jdbc.sql("select coalesce(max(layer), 0) + 1 from oncall_rotation where schedule_id = :schedule")
			.param("schedule", schedule.value())
			.query(Integer.class)
			.single();
	}

	void save(Rotation r, Instant now) {
		int updated = this.jdbc.sql("""
				update oncall_rotation set name = :name, layer = :layer, shift_length = :length, shift_unit = :unit,
				    handoff_at = :handoff, time_zone = :zone, updated_at = :now
				where id = :id""").paramSource(columns(r, now)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into oncall_rotation (id, schedule_id, name, layer, shift_length, shift_unit, handoff_at,
					    time_zone, created_at, updated_at)
					values (:id, :schedule, :name, :layer, :length, :unit, :handoff, :zone, :now, :now)""")
				.paramSource(columns(r, now))
				.update();
		}
		this.jdbc.sql("delete from oncall_rotation_participant where rotation_id = :id")
			.param("id", r.id().value())
			.update();
		this.jdbc.sql("delete from oncall_rotation_restriction where rotation_id = :id")
			.param("id", r.id().value())
			.update();
		for (int i = 0; i < r.participants().size(); i++) {
			this.jdbc.sql("""
					insert into oncall_rotation_participant (rotation_id, position, user_id)
					values (:id, :position, :user)""")
				.param("id", r.id().value())
				.param("position", i)
				.param("user", r.participants().get(i).value())
				.update();
		}
		for (int i = 0; i < r.restrictions().size(); i++) {
			Restriction restriction = r.restrictions().get(i);
			this.jdbc.sql("""
					insert into oncall_rotation_restriction (rotation_id, position, days, start_minute, end_minute)
					values (:id, :position, :days, :start, :end)""")
				.param("id", r.id().value())
				.param("position", i)
				.param("days", days(restriction.days()))
				.param("start", restriction.start().toSecondOfDay() / 60)
				.param("end", restriction.end().toSecondOfDay() / 60)
				.update();
		}
	}

	void delete(RotationId id) {
		this.jdbc.sql("delete from oncall_rotation where id = :id").param("id", id.value()).update();
	}

	List<ScheduleOverride> overrides(ScheduleId schedule, Instant after) {
		return this.jdbc.sql("""
				select * from oncall_override where schedule_id = :schedule and ends_at > :after
				order by starts_at, created_at""")
			.param("schedule", schedule.value())
			.param("after", Timestamps.toColumn(after))
			.query(RotationRepository::mapOverride)
			.list();
	}

	List<ScheduleOverride> overrides(Instant after) {
		return this.jdbc.sql("select * from oncall_override where ends_at > :after order by starts_at, created_at")
			.param("after", Timestamps.toColumn(after))
			.query(RotationRepository::mapOverride)
			.list();
	}

	Optional<ScheduleOverride> override(OverrideId id) {
		return this.jdbc.sql("select * from oncall_override where id = :id")
			.param("id", id.value())
			.query(RotationRepository::mapOverride)
			.optional();
	}

	void insert(ScheduleOverride o) {
		this.jdbc.sql("""
				insert into oncall_override (id, schedule_id, user_id, starts_at, ends_at, created_at)
				values (:id, :schedule, :user, :start, :end, :created)""")
			.param("id", o.id().value())
			.param("schedule", o.schedule().value())
			.param("user", o.user().value())
			.param("start", Timestamps.toColumn(o.start()))
			.param("end", Timestamps.toColumn(o.end()))
			.param("created", Timestamps.toColumn(o.createdAt()))
			.update();
	}

	void delete(OverrideId id) {
		this.jdbc.sql("delete from oncall_override where id = :id").param("id", id.value()).update();
	}

	private static java.util.Map<String, Object> columns(Rotation r, Instant now) {
		return java.util.Map.of("id", r.id().value(), "schedule", r.schedule().value(), "name", r.name(), "layer",
				r.layer(), "length", r.length().amount(), "unit", r.length().unit().code(), "handoff",
				Timestamps.toColumn(r.handoff()), "zone", r.zone().getId(), "now", Timestamps.toColumn(now));
	}

	private Rotation mapRotation(ResultSet rs, int row) throws SQLException {
		RotationId id = new RotationId(rs.getObject("id", UUID.class));
		List<UserId> participants = this.jdbc
			.sql("select user_id from oncall_rotation_participant where rotation_id = :id order by position")
			.param("id", id.value())
			.query((r, n) -> new UserId(r.getObject("user_id", UUID.class)))
			.list();
		List<Restriction> restrictions = this.jdbc
			.sql("select * from oncall_rotation_restriction where rotation_id = :id order by position")
			.param("id", id.value())
			.query((r, n) -> new Restriction(days(r.getString("days")),
					LocalTime.ofSecondOfDay(r.getInt("start_minute") * 60L),
					LocalTime.ofSecondOfDay(r.getInt("end_minute") * 60L)))
			.list();
		ShiftLength length = new ShiftLength(rs.getInt("shift_length"),
				WireCode.find(ShiftUnit.class, rs.getString("shift_unit")).orElseThrow());
		return new Rotation(id, new ScheduleId(rs.getObject("schedule_id", UUID.class)), rs.getString("name"),
				rs.getInt("layer"), participants, length, Timestamps.fromColumn(rs, "handoff_at"),
				ZoneId.of(rs.getString("time_zone")), restrictions);
	}

	private static ScheduleOverride mapOverride(ResultSet rs, int row) throws SQLException {
		return new ScheduleOverride(new OverrideId(rs.getObject("id", UUID.class)),
				new ScheduleId(rs.getObject("schedule_id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), Timestamps.fromColumn(rs, "starts_at"),
				Timestamps.fromColumn(rs, "ends_at"), Timestamps.fromColumn(rs, "created_at"));
	}

	private static String days(Set<DayOfWeek> days) {
		return days.stream().sorted().map((d) -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
	}

	private static Set<DayOfWeek> days(String column) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(column.split(","))
			.filter((d) -> !d.isBlank())
			.forEach((d) -> days.add(DayOfWeek.of(Integer.parseInt(d))));
		return days;
	}

}
