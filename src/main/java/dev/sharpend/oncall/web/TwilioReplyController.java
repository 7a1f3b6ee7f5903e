package dev.sharpend.oncall.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.oncall.SmsReplies;
import dev.sharpend.system.KeyAuthenticated;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Twilio's webhooks: a text message replying to a page, and the key pressed during a page
 * call. Requests must carry Twilio's signature over the URL it called (as seen through
 * trusted proxies) and the form parameters.
 */
@RestController
class TwilioReplyController {

	private final PageDeliveries deliveries;

	private final SmsReplies replies;

	TwilioReplyController(PageDeliveries deliveries, SmsReplies replies) {
		this.deliveries = deliveries;
		this.replies = replies;
	}

	@PostMapping(path = "/api/v1/twilio/sms", produces = MediaType.APPLICATION_XML_VALUE)
	@KeyAuthenticated("Twilio's X-Twilio-Signature, keyed with the configured auth token")
	ResponseEntity<String> sms(HttpServletRequest request) {
		Map<String, String> params = params(request);
		ResponseEntity<String> refused = refused(request, params);
		if (refused != null) {
			return refused;
		}
		String answer = this.replies.texted(params.getOrDefault("From", ""), params.getOrDefault("Body", ""));
		return twiml("<Message>" + HtmlUtils.htmlEscape(answer) + "</Message>");
	}

	@PostMapping(path = "/api/v1/twilio/voice", produces = MediaType.APPLICATION_XML_VALUE)
	@KeyAuthenticated("Twilio's X-Twilio-Signature, keyed with the configured auth token")
	ResponseEntity<String> voice(HttpServletRequest request) {
		Map<String, String> params = params(request);
		ResponseEntity<String> refused = refused(request, params);
		if (refused != null) {
			return refused;
		}
		String answer = this.replies.pressed(params.getOrDefault("To", ""), params.getOrDefault("Digits", ""));
		return twiml("<Say>" + HtmlUtils.htmlEscape(answer) + "</Say>");
	}

	private ResponseEntity<String> refused(HttpServletRequest request, Map<String, String> params) {
		String signature = request.getHeader("X-Twilio-Signature");
		if (signature == null || signature.isBlank()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(null);
		}
		if (!this.deliveries.signedByTwilio(calledUrl(request), params, signature)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(null);
		}
		return null;
	}

	/**
	 * The URL Twilio called: the request URL as the forwarded headers of trusted proxies
	 * rewrote it, with the query string.
	 */
	private static String calledUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURL() + ((query != null) ? "?" + query : "");
	}

	/** The form parameters only: Twilio signs the POST body, not the query string. */
	private static Map<String, String> params(HttpServletRequest request) {
		Map<String, String> params = new LinkedHashMap<>();
		String query = (request.getQueryString() != null) ? request.getQueryString() : "";
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0 && !query.contains(name + "=")) {
				params.put(name, values[0]);
			}
		});
		return params;
	}

	private static ResponseEntity<String> twiml(String inner) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + inner + "</Response>");
	}

}
