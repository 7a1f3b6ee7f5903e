package dev.sharpend.language.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.language.LanguageFinding;
import dev.sharpend.language.LanguageReview;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language review on demand: {@code {"text", "people"}} in, the findings out. Changes
 * nothing, so it publishes no event.
 */
@RestController
@RequestMapping("/api/v1/language-review")
class LanguageReviewApiController {

	static final int MAX_BODY = 100 * 1024;

	static final int MAX_PEOPLE = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LanguageReview review;

	LanguageReviewApiController(LanguageReview review) {
		this.review = review;
	}

	@PostMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<?> review(HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send {\"text\": \"...\"} as application/json.");
		}
		byte[] body = readBounded(request);
		if (body == null) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE,
					"The body is larger than " + MAX_BODY / 1024 + " KiB; review the text in parts.");
		}
		JsonNode root = parse(body);
		List<LanguageFinding> findings = this.review.review(text(root), people(root));
		return ResponseEntity.ok(new LanguageReviewResponse(findings));
	}

	private static JsonNode parse(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root == null || !root.isObject()) {
				throw RequestRejected.invalid(null, "The body must be a JSON object such as {\"text\": \"...\"}.");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw RequestRejected.invalid(null, "The body is not JSON: " + ex.getOriginalMessage() + ".");
		}
	}

	private static String text(JsonNode root) {
		JsonNode text = root.get("text");
		if (text == null || !text.isString()) {
			throw RequestRejected.invalid("text", "Give the text to review as a string in \"text\".");
		}
		return text.stringValue();
	}

	private static List<String> people(JsonNode root) {
		JsonNode people = root.get("people");
		if (people == null || people.isNull()) {
			return List.of();
		}
		if (!people.isArray() || people.size() > MAX_PEOPLE) {
			throw RequestRejected.invalid("people",
					"Give \"people\" as an array of at most " + MAX_PEOPLE + " names, such as [\"Alice\", \"Bob\"].");
		}
		List<String> names = new ArrayList<>();
		for (JsonNode person : people) {
			if (!person.isString() || person.stringValue().length() > 200) {
				throw RequestRejected.invalid("people", "Each of \"people\" must be a name of at most 200 characters.");
			}
			names.add(person.stringValue());
		}
		return names;
	}

	/** The body, or null when it exceeds the limit. */
	private static byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY + 1);
			return (body.length > MAX_BODY) ? null : body;
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	record LanguageReviewResponse(List<LanguageFinding> findings) {
	}

}
