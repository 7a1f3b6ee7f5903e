package dev.sharpend.system.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.system.ProblemResponses;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error that reaches the servlet container: an RFC 9457 problem for the API
 * and other machine clients, a page in the application's layout for browsers. The detail
 * never carries an exception message, which could leak internals.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController extends AbstractErrorController {

	ErrorPagesController(ErrorAttributes errorAttributes, java.util.List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
		HttpStatus status = status(request);
		if (ProblemResponses.wantsProblem(originalRequest(request))) {
			// A browser looking at an API path still gets the API's problem document.
			ProblemResponses.write(originalRequest(request), response, status, detail(status, request));
			return null;
		}
		Map<String, Object> model = Map.of("status", status.value(), "error", status.getReasonPhrase());
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView("error/error", model, status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	// Asked for directly, the error path is a page like any other that does not exist.
	private HttpStatus status(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) ? getStatus(request)
				: HttpStatus.NOT_FOUND;
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at " + originalRequest(request).getRequestURI()
					+ ". Check the path against the API documentation in the README.";
			case METHOD_NOT_ALLOWED -> "This path does not accept this HTTP method.";
			case UNAUTHORIZED -> "Authentication required: send Authorization: Bearer <API token>.";
			case FORBIDDEN -> "You do not have the permission this needs.";
			case PAYLOAD_TOO_LARGE -> "The request body is too large.";
			default -> status.is5xxServerError()
					? "Sharpend could not finish this request. The error is in the server log; try again."
					: status.getReasonPhrase() + ".";
		};
	}

	private static HttpServletRequest originalRequest(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
			@Override
			public String getRequestURI() {
				return (uri != null) ? uri.toString() : super.getRequestURI();
			}
		};
	}

}
