package dev.sharpend.system.web;

import java.util.List;
import java.util.Map;

import dev.sharpend.system.RequestRejected;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of JSON API controllers into RFC 9457 problem documents. Validation
 * problems list the offending fields under {@code errors}, each with a message a person
 * can act on.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// Ahead of the pages' advice, which would otherwise answer the API with a page.
@Order(0)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(RequestRejected.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejected ex) {
		HttpStatus status = Rejections.status(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return ResponseEntity.status(status).body(problem);
	}

	/**
	 * A body that cannot be read: a validation refusal raised while binding it is
	 * answered as such; otherwise the parser's own short message says where it broke.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestRejected rejected) {
				return ResponseEntity.status(Rejections.status(rejected)).body(rejected(rejected).getBody());
			}
		}
		Throwable specific = ex.getMostSpecificCause();
		String reason = (specific instanceof tools.jackson.core.JacksonException jackson) ? jackson.getOriginalMessage()
				: "the body is empty or not JSON";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The request body could not be read: " + firstLine(reason) + ".");
		return ResponseEntity.status(status).body(problem);
	}

	private static String firstLine(String text) {
		String line = (text != null) ? text.lines().findFirst().orElse("") : "";
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((FieldError error) -> Map.of("field", error.getField(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		String fields = String.join(", ", errors.stream().map((e) -> e.get("field")).toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Some fields are not valid: " + fields + ".");
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

}
