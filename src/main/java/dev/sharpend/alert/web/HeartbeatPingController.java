package dev.sharpend.alert.web;

import dev.sharpend.alert.Heartbeats;
import dev.sharpend.system.KeyAuthenticated;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Heartbeat pings: GET or POST (as cron jobs, curl and wget send them, any body ignored),
 * authenticated by the heartbeat's key in the path or as a bearer token.
 */
@RestController
@RequestMapping("/hooks/heartbeat")
class HeartbeatPingController {

	private static final String OK = "{\"status\":\"success\"}";

	private final Heartbeats heartbeats;

	HeartbeatPingController(Heartbeats heartbeats) {
		this.heartbeats = heartbeats;
	}

	@RequestMapping(path = { "/{key}", "" }, method = { RequestMethod.GET, RequestMethod.POST })
	@KeyAuthenticated("the heartbeat's key, in the path or as a bearer token")
	ResponseEntity<?> ping(@PathVariable(required = false) String key,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		if (!this.heartbeats.ping((key != null) ? key : AlertWebhookController.bearer(authorization))) {
			return AlertWebhookController.problem(HttpStatus.UNAUTHORIZED,
					"Unknown heartbeat key. Use the ping URL shown when the heartbeat was created.");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OK);
	}

}
