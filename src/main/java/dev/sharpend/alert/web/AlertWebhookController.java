package dev.sharpend.alert.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.AlertIntake;
import dev.sharpend.alert.AlertmanagerPayload;
import dev.sharpend.alert.IntakeRates;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.KeyAuthenticated;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Alertmanager's (version 4) and Grafana alerting's webhooks. Authenticates by
 * the integration key (in the path or as a bearer token), bounds the body, validates it,
 * stores every alert and only then answers 200.
 */
@RestController
@RequestMapping("/hooks")
class AlertWebhookController {

	static final int MAX_BODY = 1024 * 1024;

	private final Integrations integrations;

	private final AlertIntake intake;

	private final IntakeRates rates;

	AlertWebhookController(Integrations integrations, AlertIntake intake, IntakeRates rates) {
		this.integrations = integrations;
		this.intake = intake;
		this.rates = rates;
	}

	@PostMapping({ "/alertmanager/{key}", "/alertmanager" })
	@KeyAuthenticated("the Alertmanager integration key, in the path or as a bearer token")
	ResponseEntity<?> alertmanager(@PathVariable(required = false) String key,
			@RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return receive(IntegrationType.ALERTMANAGER, (key != null) ? key : bearer(authorization), request, response);
	}

	@PostMapping({ "/grafana/{key}", "/grafana" })
	@KeyAuthenticated("the Grafana integration key, in the path or as a bearer token")
	ResponseEntity<?> grafana(@PathVariable(required = false) String key,
			@RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return receive(IntegrationType.GRAFANA, (key != null) ? key : bearer(authorization), request, response);
	}

	@PostMapping({ "/generic/{key}", "/generic" })
	@KeyAuthenticated("the generic integration key, in the path or as a bearer token")
	ResponseEntity<?> generic(@PathVariable(required = false) String key,
			@RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return receive(IntegrationType.GENERIC, (key != null) ? key : bearer(authorization), request, response);
	}

	private ResponseEntity<?> receive(IntegrationType type, String key, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Integration integration = this.integrations.authenticate(key, type).orElse(null);
		if (integration == null) {
			return problem(HttpStatus.UNAUTHORIZED, "Unknown or disabled integration key. Use the URL shown when the "
					+ type.code() + " integration was created.");
		}
		IntakeRates.Refused refused = this.rates.admit(integration).orElse(null);
		if (refused != null) {
			return tooMany(refused);
		}
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the alerts as application/json.");
		}
		byte[] body = readBounded(request, MAX_BODY);
		if (body == null) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE,
					"The body is larger than " + MAX_BODY / 1024 + " KiB; lower max_alerts in the webhook config.");
		}
		AlertIntake.Receipt receipt;
		try {
			receipt = switch (type) {
				case GENERIC -> this.intake.acceptGeneric(integration, body);
				case GRAFANA -> this.intake.accept(integration, AlertmanagerPayload.parseGrafana(body));
				default -> this.intake.accept(integration, AlertmanagerPayload.parse(body));
			};
		}
		catch (AlertIntake.IntakeUnavailable ex) {
			return unavailable(ex);
		}
		// written straight to the response: content negotiation and a message converter
		// were a tenth of a busy intake's time
		byte[] answer = ("{\"status\":\"success\",\"received\":" + receipt.received() + ",\"created\":"
				+ receipt.created() + ",\"changed\":" + receipt.changed() + "}")
			.getBytes(StandardCharsets.US_ASCII);
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(answer.length);
		response.getOutputStream().write(answer);
		return null;
	}

	static String bearer(String authorization) {
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		return null;
	}

	/** The body, or null when it exceeds the limit. */
	static byte[] readBounded(HttpServletRequest request, int max) throws IOException {
		if (request.getContentLengthLong() > max) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(max + 1);
			return (body.length > max) ? null : body;
		}
	}

	/** 503 with Retry-After: the source keeps the alerts and sends them again. */
	static ResponseEntity<ProblemDetail> unavailable(AlertIntake.IntakeUnavailable ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "5")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	/**
	 * 429 with Retry-After, before the body is read: nothing of the delivery is stored.
	 */
	static ResponseEntity<ProblemDetail> tooMany(IntakeRates.Refused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, refused.message());
		problem.setProperty("ratePerMinute", refused.ratePerMinute());
		problem.setProperty("retryAfterSeconds", refused.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(refused.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
