package dev.sharpend.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.alert.Heartbeat;
import dev.sharpend.alert.HeartbeatDraft;
import dev.sharpend.alert.Heartbeats;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Heartbeats, for automation: the ping URL is in the answer to a create only. */
@RestController
@RequestMapping("/api/v1/heartbeats")
class HeartbeatApiController {

	private final Heartbeats heartbeats;

	HeartbeatApiController(Heartbeats heartbeats) {
		this.heartbeats = heartbeats;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	Map<String, List<HeartbeatResponse>> list() {
		return Map.of("items", this.heartbeats.all().stream().map((h) -> HeartbeatResponse.of(h, null, null)).toList());
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.ALERT_READ)
	HeartbeatResponse get(@PathVariable String id) {
		return HeartbeatResponse.of(this.heartbeats.find(id(id)), null, null);
	}

	@PostMapping
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	HeartbeatResponse create(@RequestBody HeartbeatRequest request, HttpServletRequest http) {
		Heartbeats.CreatedHeartbeat created = this.heartbeats.create(request.draft());
		return HeartbeatResponse.of(created.heartbeat(), created.key(), pingUrl(http, created.key()));
	}

	@PutMapping("/{id}")
	@RequiresPermission(Permission.ALERT_WRITE)
	HeartbeatResponse update(@PathVariable String id, @RequestBody HeartbeatRequest request) {
		return HeartbeatResponse.of(this.heartbeats.update(id(id), request.draft()), null, null);
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.heartbeats.delete(id(id));
	}

	static String pingUrl(HttpServletRequest http, String key) {
		return ServletUriComponentsBuilder.fromContextPath(http).build().toUriString() + "/hooks/heartbeat/" + key;
	}

	private static UUID id(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no heartbeat " + id + ".");
		}
	}

	record HeartbeatRequest(String name, Integer intervalMinutes, Integer graceMinutes, UUID watchIntegrationId,
			String watchAlertname) {

		HeartbeatDraft draft() {
			return new HeartbeatDraft(this.name, this.intervalMinutes, this.graceMinutes, this.watchIntegrationId,
					this.watchAlertname);
		}

	}

	record HeartbeatResponse(String id, String name, long intervalMinutes, long graceMinutes, String watchIntegrationId,
			String watchAlertname, String keyHint, String state, Instant lastSignalAt, Instant silentSince,
			Instant dueAt, Instant createdAt, String key, String pingUrl) {

		static HeartbeatResponse of(Heartbeat h, String key, String pingUrl) {
			return new HeartbeatResponse(h.id().toString(), h.name(), h.interval().toMinutes(), h.grace().toMinutes(),
					(h.watch() != null) ? h.watch().integration().toString() : null,
					(h.watch() != null) ? h.watch().alertname() : null, h.keyHint(), h.state().code(), h.lastSignalAt(),
					h.silentSince(), h.dueAt(), h.createdAt(), key, pingUrl);
		}

	}

}
