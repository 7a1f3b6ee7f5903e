package dev.sharpend.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sharpend.alert.Silence;
import dev.sharpend.alert.SilenceMatcher;
import dev.sharpend.alert.Silences;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Silences, with matchers written as Alertmanager writes them. */
@RestController
@RequestMapping("/api/v1/silences")
class SilenceApiController {

	private final Silences silences;

	SilenceApiController(Silences silences) {
		this.silences = silences;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	Map<String, List<Silence>> list() {
		return Map.of("items", this.silences.all());
	}

	@PostMapping
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	Silence create(@RequestBody CreateSilenceRequest request, Authentication authentication) {
		return this.silences.create(request.matchers(), request.startsAt(), request.endsAt(), request.comment(),
				authentication.getName());
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void expire(@PathVariable String id) {
		try {
			this.silences.expire(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no silence " + id + ".");
		}
	}

	record CreateSilenceRequest(List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt, String comment) {
	}

}
