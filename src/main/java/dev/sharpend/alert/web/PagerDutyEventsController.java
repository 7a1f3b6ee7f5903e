package dev.sharpend.alert.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.alert.AlertIntake;
import dev.sharpend.alert.ChangeEvents;
import dev.sharpend.alert.IntakeRates;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.alert.Integrations;
import dev.sharpend.alert.PagerDutyChangeEvent;
import dev.sharpend.alert.PagerDutyEvent;
import dev.sharpend.system.KeyAuthenticated;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.web.Rejections;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PagerDuty Events API v2 ({@code POST /v2/enqueue}), so anything that can page
 * PagerDuty — including Alertmanager's {@code pagerduty_configs} — can send to Sharpend
 * by changing its URL. Answers exactly as PagerDuty does: 202 with
 * {@code status, message,
 * dedup_key}; 400 with {@code status, message, errors}; 413 above 512 KB.
 */
@RestController
@RequestMapping("/hooks/pagerduty/v2")
class PagerDutyEventsController {

	static final int MAX_BODY = 512 * 1024;

	private final Integrations integrations;

	private final AlertIntake intake;

	private final ChangeEvents changes;

	private final IntakeRates rates;

	private final Clock clock;

	PagerDutyEventsController(Integrations integrations, AlertIntake intake, ChangeEvents changes, IntakeRates rates,
			Clock clock) {
		this.integrations = integrations;
		this.intake = intake;
		this.changes = changes;
		this.rates = rates;
		this.clock = clock;
	}

	@PostMapping("/enqueue")
	@KeyAuthenticated("the PagerDuty integration key, as routing_key in the body")
	ResponseEntity<Map<String, Object>> enqueue(HttpServletRequest request) throws IOException {
		return receive(request, PagerDutyEvent::parse, PagerDutyEvent::routingKey, (integration, event) -> {
			try {
				this.intake.apply(integration, event);
			}
			catch (RequestRejected ex) {
				return invalid(ex);
			}
			catch (AlertIntake.IntakeUnavailable ex) {
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header("Retry-After", "5")
					.body(answer("unavailable", ex.getMessage(), event.dedupKey(), null));
			}
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(answer("success", "Event processed", event.dedupKey(), null));
		});
	}

	/**
	 * PagerDuty's Change Events API ({@code POST /v2/change/enqueue}): a deploy or
	 * configuration change, noted on the open incidents that have an alert group of the
	 * integration attached.
	 */
	@PostMapping("/change/enqueue")
	@KeyAuthenticated("the PagerDuty integration key, as routing_key in the body")
	ResponseEntity<Map<String, Object>> change(HttpServletRequest request) throws IOException {
		return receive(request, PagerDutyChangeEvent::parse, PagerDutyChangeEvent::routingKey, (integration, event) -> {
			try {
				this.changes.receive(integration, event);
			}
			catch (RequestRejected ex) {
				return invalid(ex);
			}
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(answer("success", "Change event processed", null, null));
		});
	}

	/**
	 * Both PagerDuty APIs bound, parse and authenticate the same way and answer errors in
	 * PagerDuty's shape.
	 */
	private <E> ResponseEntity<Map<String, Object>> receive(HttpServletRequest request,
			BiFunction<byte[], Instant, E> parser, Function<E, String> routingKey,
			BiFunction<Integration, E, ResponseEntity<Map<String, Object>>> then) throws IOException {
		byte[] body = AlertWebhookController.readBounded(request, MAX_BODY);
		if (body == null) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(answer("invalid event", "Request too large", null, List.of("The event is larger than 512 KB")));
		}
		E event;
		try {
			event = parser.apply(body, this.clock.instant());
		}
		catch (PagerDutyEvent.Invalid ex) {
			return ResponseEntity.badRequest().body(answer(ex.status(), ex.getMessage(), null, ex.errors()));
		}
		Integration integration = this.integrations.authenticate(routingKey.apply(event), IntegrationType.PAGERDUTY)
			.orElse(null);
		if (integration == null) {
			return ResponseEntity.badRequest()
				.body(answer("invalid event", "Event object is invalid", null,
						List.of("'routing_key' is not the key of an enabled PagerDuty integration in Sharpend")));
		}
		IntakeRates.Refused refused = this.rates.admit(integration).orElse(null);
		if (refused != null) {
			// PagerDuty's own answer to a sender over its rate, with the reason in errors
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", Long.toString(refused.retryAfterSeconds()))
				.body(answer("throttle event",
						"Requests for this service are arriving too quickly. Please retry later.", null,
						List.of(refused.message())));
		}
		return then.apply(integration, event);
	}

	/** A refusal in PagerDuty's shape rather than as problem details. */
	private static ResponseEntity<Map<String, Object>> invalid(RequestRejected ex) {
		return ResponseEntity.status(Rejections.status(ex))
			.body(answer("invalid event", "Event object is invalid", null, List.of(ex.getMessage())));
	}

	private static Map<String, Object> answer(String status, String message, String dedupKey, List<String> errors) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", status);
		answer.put("message", message);
		if (dedupKey != null) {
			answer.put("dedup_key", dedupKey);
		}
		if (errors != null) {
			answer.put("errors", errors);
		}
		return answer;
	}

}
