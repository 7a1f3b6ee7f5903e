package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.FinalSchedule;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Slot;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's schedules and their computed final schedules. */
@RestController
@RequestMapping("/api/v1/schedules")
class ScheduleApiController {

	private final Schedules schedules;

	private final Accounts accounts;

	private final Clock clock;

	ScheduleApiController(Schedules schedules, Accounts accounts, Clock clock) {
		this.schedules = schedules;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	@RequiresPermission(Permission.ONCALL_READ)
	List<ScheduleResponse> list(@RequestParam(required = false) String team) {
		if (team == null || team.isBlank()) {
			return this.schedules.all().stream().map(ScheduleResponse::of).toList();
		}
		return this.schedules.of(new TeamId(OnCallText.uuid("team", team))).stream().map(ScheduleResponse::of).toList();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	ScheduleResponse get(@PathVariable UUID id) {
		return ScheduleResponse.of(this.schedules.require(new ScheduleId(id)));
	}

	@PostMapping
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<ScheduleResponse> create(@RequestBody ScheduleRequest request) {
		Schedule schedule = this.schedules.create(new TeamId(OnCallText.uuid("team", request.team())), request.name());
		return ResponseEntity.created(URI.create("/api/v1/schedules/" + schedule.id()))
			.body(ScheduleResponse.of(schedule));
	}

	@PatchMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ScheduleResponse rename(@PathVariable UUID id, @RequestBody ScheduleRequest request) {
		return ScheduleResponse.of(this.schedules.rename(new ScheduleId(id), request.name()));
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.schedules.delete(new ScheduleId(id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * The final schedule from {@code from} (default now) to {@code to} (default a week
	 * later).
	 */
	@GetMapping("/{id}/final")
	@RequiresPermission(Permission.ONCALL_READ)
	FinalResponse finalSchedule(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Instant start = OnCallText.instant("from", from);
		Instant begin = (start != null) ? start : this.clock.instant();
		Instant end = OnCallText.instant("to", to);
		FinalSchedule plan = this.schedules.finalSchedule(new ScheduleId(id), begin,
				(end != null) ? end : begin.plus(Duration.ofDays(7)));
		Map<UserId, String> names = OnCallText.names(this.accounts);
		return new FinalResponse(plan.from(), plan.to(),
				plan.slots().stream().map((s) -> SlotResponse.of(s, names)).toList());
	}

	record ScheduleRequest(@Nullable String team, @Nullable String name) {
	}

	record ScheduleResponse(String id, String team, String name) {

		static ScheduleResponse of(Schedule s) {
			return new ScheduleResponse(s.id().toString(), s.team().toString(), s.name());
		}

	}

	record SlotResponse(Instant start, Instant end, @Nullable PersonResponse user, @Nullable String layer,
			String source) {

		static SlotResponse of(Slot s, Map<UserId, String> names) {
			UserId user = s.user();
			return new SlotResponse(s.start(), s.end(), (user != null) ? PersonResponse.of(user, names) : null,
					s.layer(), s.source().name().toLowerCase(java.util.Locale.ROOT));
		}

	}

	record FinalResponse(Instant from, Instant to, List<SlotResponse> slots) {
	}

}
