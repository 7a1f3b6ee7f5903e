package dev.sharpend.oncall;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The layers of a schedule (rotations) and the overrides on top of them. */
@Service
@Transactional
public class Rotations {

	static final int MAX_SHIFT_LENGTH = 1000;

	private final RotationRepository repository;

	private final Schedules schedules;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rotations(RotationRepository repository, Schedules schedules, Accounts accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.schedules = schedules;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Rotation require(RotationId id) {
		return this.repository.rotation(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no rotation " + id + "."));
	}

	/**
	 * Adds a rotation to a schedule, by default as its new top layer.
	 * @throws RequestRejected naming the field: a blank name, no participants, an unknown
	 * user, a shift length below 1, an unknown unit or zone, no handoff, a taken layer, a
	 * bad window
	 */
	public Rotation create(ScheduleId schedule, RotationDraft draft) {
		this.schedules.require(schedule);
		int layer = (draft.layer() != null) ? draft.layer() : this.repository.nextLayer(schedule);
		Rotation rotation = checked(RotationId.random(), schedule, layer, draft);
		this.repository.save(rotation, this.clock.instant());
		this.events.publishEvent(new RotationCreated(rotation.id().toString(), summary(rotation)));
		return rotation;
	}

	/** Replaces what the rotation is; a null layer keeps its rank. */
	public Rotation update(RotationId id, RotationDraft draft) {
		Rotation current = require(id);
		int layer = (draft.layer() != null) ? draft.layer() : current.layer();
		Rotation rotation = checked(id, current.schedule(), layer, draft);
		this.repository.save(rotation, this.clock.instant());
		this.events.publishEvent(new RotationChanged(id.toString(), summary(rotation)));
		return rotation;
	}

	public void delete(RotationId id) {
		Rotation rotation = require(id);
		this.repository.delete(id);
		this.events.publishEvent(new RotationDeleted(id.toString(), "name=" + rotation.name()));
	}

	/** Every schedule's overrides that have not ended yet, by start. */
	@Transactional(readOnly = true)
	public List<ScheduleOverride> overrides() {
		return this.repository.overrides(this.clock.instant());
	}

	/** The overrides of a schedule that have not ended yet, by start. */
	@Transactional(readOnly = true)
	public List<ScheduleOverride> overrides(ScheduleId schedule) {
		this.schedules.require(schedule);
		return this.repository.overrides(schedule, this.clock.instant());
	}

	/**
	 * Lets someone take over a schedule from start to end.
	 * @throws RequestRejected on an unknown user, a missing time or an end not after the
	 * start
	 */
	public ScheduleOverride addOverride(ScheduleId schedule, UserId user, @Nullable Instant start,
			@Nullable Instant end) {
		this.schedules.require(schedule);
		OnCallInput.users("user", List.of(user), this.accounts);
		if (start == null) {
			throw RequestRejected.invalid("start", "Give the time the override starts.");
		}
		if (end == null || !end.isAfter(start)) {
			throw RequestRejected.invalid("end", "The override must end after it starts.");
		}
		ScheduleOverride override = new ScheduleOverride(OverrideId.random(), schedule, user, start, end,
				this.clock.instant());
		this.repository.insert(override);
		this.events.publishEvent(new OverrideAdded(override.id().toString(),
				"schedule=" + schedule + ", user=" + user + ", start=" + start + ", end=" + end));
		return override;
	}

	public void removeOverride(OverrideId id) {
		ScheduleOverride override = this.repository.override(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no override " + id + "."));
		this.repository.delete(id);
		this.events.publishEvent(new OverrideRemoved(id.toString(), "schedule=" + override.schedule()));
	}

	private Rotation checked(RotationId id, ScheduleId schedule, int layer, RotationDraft draft) {
		String name = OnCallInput.name(draft.name(), "rotation");
		if (layer < 1 || layer > 99) {
			throw RequestRejected.invalid("layer", "The layer must be between 1 and 99; a higher layer wins.");
		}
		this.repository.rotations(schedule)
			.stream()
			.filter((r) -> r.layer() == layer && !r.id().equals(id))
			.findFirst()
			.ifPresent((r) -> {
				throw RequestRejected.conflict("layer",
						"Layer " + layer + " of this schedule is " + r.name() + " already; choose another layer.");
			});
		if (draft.participants().isEmpty()) {
			throw RequestRejected.invalid("participants", "A rotation needs at least one participant.");
		}
		List<UserId> people = OnCallInput.users("participants", draft.participants(), this.accounts);
		if (draft.shiftLength() < 1 || draft.shiftLength() > MAX_SHIFT_LENGTH) {
			throw RequestRejected.invalid("shiftLength",
					"The shift length must be between 1 and " + MAX_SHIFT_LENGTH + ".");
		}
		ShiftUnit unit = WireCode.parse(ShiftUnit.class, (draft.shiftUnit() != null) ? draft.shiftUnit() : "",
				"shiftUnit");
		if (draft.handoff() == null) {
			throw RequestRejected.invalid("handoff", "Give the time of the first handoff.");
		}
		return new Rotation(id, schedule, name, layer, people, new ShiftLength(draft.shiftLength(), unit),
				draft.handoff(), OnCallInput.zone("timeZone", draft.timeZone()), restrictions(draft.restrictions()));
	}

	private static List<Restriction> restrictions(List<RotationDraft.Window> windows) {
		List<Restriction> restrictions = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			String field = "restrictions[" + i + "]";
			RotationDraft.Window w = windows.get(i);
			restrictions.add(new Restriction(days(field + ".days", w.days()), time(field + ".from", w.from()),
					time(field + ".to", w.to())));
		}
		return restrictions;
	}

	private static Set<DayOfWeek> days(String field, List<String> codes) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String code : codes) {
			days.add(day(field, code));
		}
		if (days.isEmpty()) {
			throw RequestRejected.invalid(field, "Choose at least one weekday for the window.");
		}
		return days;
	}

	static DayOfWeek day(String field, @Nullable String code) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (dayCode(day).equalsIgnoreCase((code != null) ? code.strip() : "")) {
				return day;
			}
		}
		throw RequestRejected.invalid(field,
				"There is no weekday " + code + "; use mon, tue, wed, thu, fri, sat, sun.");
	}

	/** The weekday's code, {@code mon} … {@code sun}. */
	public static String dayCode(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
	}

	private static LocalTime time(String field, @Nullable String value) {
		try {
			LocalTime time = LocalTime.parse((value != null) ? value.strip() : "");
			return time.withSecond(0).withNano(0);
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field, "Give a clock time such as 09:00, not " + value + ".");
		}
	}

	private static String summary(Rotation r) {
		return "name=" + r.name() + ", layer=" + r.layer() + ", participants=" + r.participants().size() + ", shift="
				+ r.length() + ", handoff=" + r.handoff() + ", time_zone=" + r.zone().getId() + ", restrictions="
				+ r.restrictions().size();
	}

}
