package dev.sharpend.statuspage.compat;

import java.util.Map;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.web.Rejections;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers errors of the compatible API the way the hosted product does, {@code {"error":
 * "…"}} with a 4xx status, so scripts that read its errors keep working.
 */
@RestControllerAdvice(assignableTypes = CompatApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CompatErrors {

	@ExceptionHandler(RequestRejected.class)
	ResponseEntity<Map<String, String>> rejected(RequestRejected ex) {
		String message = (ex.field() != null && !ex.getMessage().contains(ex.field()))
				? ex.field() + ": " + ex.getMessage() : ex.getMessage();
		return ResponseEntity.status(Rejections.status(ex)).body(Map.of("error", message));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(Map.of("error", "The body is not valid JSON; send {\"component\": {…}} or {\"incident\": {…}}."));
	}

}
