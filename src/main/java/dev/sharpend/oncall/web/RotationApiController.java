package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.ScheduleOverride;
import dev.sharpend.oncall.OverrideId;
import dev.sharpend.oncall.Restriction;
import dev.sharpend.oncall.Rotation;
import dev.sharpend.oncall.RotationDraft;
import dev.sharpend.oncall.RotationId;
import dev.sharpend.oncall.Rotations;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rotations (layers) of schedules, and the overrides on top of them. */
@RestController
class RotationApiController {

	private final Rotations rotations;

	private final Schedules schedules;

	private final Accounts accounts;

	RotationApiController(Rotations rotations, Schedules schedules, Accounts accounts) {
		this.rotations = rotations;
		this.schedules = schedules;
		this.accounts = accounts;
	}

	/** The rotations of one schedule, highest layer first, or of all. */
	@GetMapping("/api/v1/rotations")
	@RequiresPermission(Permission.ONCALL_READ)
	List<RotationResponse> list(@RequestParam(required = false) String schedule) {
		Map<UserId, String> names = OnCallText.names(this.accounts);
		List<Rotation> rotations = (schedule == null || schedule.isBlank()) ? this.schedules.allLayers()
				: this.schedules.layers(schedule(schedule));
		return rotations.stream().map((r) -> RotationResponse.of(r, names)).toList();
	}

	@GetMapping("/api/v1/rotations/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	RotationResponse get(@PathVariable UUID id) {
		return RotationResponse.of(this.rotations.require(new RotationId(id)), OnCallText.names(this.accounts));
	}

	@PostMapping("/api/v1/rotations")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<RotationResponse> create(@RequestBody RotationRequest request) {
		Rotation rotation = this.rotations.create(schedule(request.schedule()), request.draft());
		return ResponseEntity.created(URI.create("/api/v1/rotations/" + rotation.id()))
			.body(RotationResponse.of(rotation, OnCallText.names(this.accounts)));
	}

	/** Replaces the rotation with what the request describes; its schedule stays. */
	@PutMapping("/api/v1/rotations/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	RotationResponse replace(@PathVariable UUID id, @RequestBody RotationRequest request) {
		return RotationResponse.of(this.rotations.update(new RotationId(id), request.draft()),
				OnCallText.names(this.accounts));
	}

	@DeleteMapping("/api/v1/rotations/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.rotations.delete(new RotationId(id));
		return ResponseEntity.noContent().build();
	}

	/** The overrides that have not ended, of one schedule or of all. */
	@GetMapping("/api/v1/overrides")
	@RequiresPermission(Permission.ONCALL_READ)
	List<OverrideResponse> overrides(@RequestParam(required = false) String schedule) {
		Map<UserId, String> names = OnCallText.names(this.accounts);
		List<ScheduleOverride> overrides = (schedule == null || schedule.isBlank()) ? this.rotations.overrides()
				: this.rotations.overrides(schedule(schedule));
		return overrides.stream().map((o) -> OverrideResponse.of(o, names)).toList();
	}

	@PostMapping("/api/v1/overrides")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<OverrideResponse> addOverride(@RequestBody OverrideRequest request) {
		ScheduleOverride override = this.rotations.addOverride(schedule(request.schedule()),
				new UserId(OnCallText.uuid("user", request.user())), OnCallText.instant("start", request.start()),
				OnCallText.instant("end", request.end()));
		return ResponseEntity.created(URI.create("/api/v1/overrides/" + override.id()))
			.body(OverrideResponse.of(override, OnCallText.names(this.accounts)));
	}

	@DeleteMapping("/api/v1/overrides/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> removeOverride(@PathVariable UUID id) {
		this.rotations.removeOverride(new OverrideId(id));
		return ResponseEntity.noContent().build();
	}

	private static ScheduleId schedule(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw RequestRejected.invalid("schedule", "Name the schedule by its id.");
		}
		return new ScheduleId(OnCallText.uuid("schedule", value));
	}

	record WindowRequest(@Nullable List<String> days, @Nullable String from, @Nullable String to) {
	}

	record RotationRequest(@Nullable String schedule, @Nullable String name, @Nullable Integer layer,
			@Nullable List<String> participants, @Nullable Integer shiftLength, @Nullable String shiftUnit,
			@Nullable String handoff, @Nullable String timeZone, @Nullable List<WindowRequest> restrictions) {

		RotationDraft draft() {
			List<RotationDraft.Window> windows = (this.restrictions != null) ? this.restrictions.stream()
				.map((w) -> new RotationDraft.Window((w.days() != null) ? w.days() : List.of(), w.from(), w.to()))
				.toList() : List.of();
			return new RotationDraft(this.name, this.layer, OnCallText.users("participants", this.participants),
					(this.shiftLength != null) ? this.shiftLength : 0, this.shiftUnit,
					OnCallText.instant("handoff", this.handoff), this.timeZone, windows);
		}

	}

	record WindowResponse(List<String> days, String from, String to) {

		static WindowResponse of(Restriction r) {
			return new WindowResponse(r.days().stream().sorted().map(Rotations::dayCode).toList(), r.start().toString(),
					r.end().toString());
		}

	}

	record RotationResponse(String id, String schedule, String name, int layer, List<PersonResponse> participants,
			int shiftLength, String shiftUnit, Instant handoff, String handoffLocal, String timeZone,
			List<WindowResponse> restrictions) {

		static RotationResponse of(Rotation r, Map<UserId, String> names) {
			return new RotationResponse(r.id().toString(), r.schedule().toString(), r.name(), r.layer(),
					r.participants().stream().map((p) -> PersonResponse.of(p, names)).toList(), r.length().amount(),
					r.length().unit().code(), r.handoff(), r.handoff().atZone(r.zone()).toLocalDateTime().toString(),
					r.zone().getId(), r.restrictions().stream().map(WindowResponse::of).toList());
		}

	}

	record OverrideRequest(@Nullable String schedule, @Nullable String user, @Nullable String start,
			@Nullable String end) {
	}

	record OverrideResponse(String id, String schedule, PersonResponse user, Instant start, Instant end) {

		static OverrideResponse of(ScheduleOverride o, Map<UserId, String> names) {
			return new OverrideResponse(o.id().toString(), o.schedule().toString(), PersonResponse.of(o.user(), names),
					o.start(), o.end());
		}

	}

}
