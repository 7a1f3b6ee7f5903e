package dev.sharpend.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Writes RFC 9457 problem documents from places outside Spring MVC (security filters), in
 * the same shape as the controllers' problems.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/** Whether a request is for the JSON API (problem documents) rather than a page. */
	public static boolean wantsProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/compat/")
				|| path.startsWith("/hooks/");
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
