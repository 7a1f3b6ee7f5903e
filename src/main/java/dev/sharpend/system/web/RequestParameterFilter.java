package dev.sharpend.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.ControlCharacters;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Checks query and form parameters before anything reads them: parameters that are not
 * valid URL encoding (a {@code %} without two hex digits, bytes that are not UTF-8) and
 * values holding a control character no field takes (see {@link ControlCharacters}) are
 * answered 400, naming the parameter where there is one. The servlet container would
 * otherwise throw from whichever filter reads a parameter first, which ended as a 500 and
 * an error log with the decoded value (log forging) and a long stack trace. Intake hooks
 * read their own bodies, so only their query string is checked.
 */
class RequestParameterFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestParameterFilter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	private static final String MALFORMED = "The query string or form is not valid URL encoding: "
			+ "write % as %25 and encode text as UTF-8.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && BAD_ESCAPE.matcher(query).find()) {
			malformed(request, response, "a % without two hex digits");
			return;
		}
		if (readsOwnBody(request) || passes(request, response)) {
			chain.doFilter(request, response);
		}
	}

	// Intake hooks read and check their own bodies; multipart forms are read by the
	// servlet within its upload limits.
	private static boolean readsOwnBody(HttpServletRequest request) {
		String type = request.getContentType();
		return path(request).startsWith("/hooks/")
				|| (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	/** Whether the parameters can be read and hold no control character; else answers. */
	private static boolean passes(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			if (ex.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
				reject(request, response, HttpStatus.PAYLOAD_TOO_LARGE, null, "The request body is too large.");
			}
			else {
				malformed(request, response, String.valueOf(ex.getMessage()));
			}
			return false;
		}
		catch (IllegalArgumentException ex) {
			malformed(request, response, String.valueOf(ex.getMessage()));
			return false;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String refused = refused(parameter.getKey(), parameter.getValue());
			if (refused != null) {
				String name = ControlCharacters.escaped(parameter.getKey());
				char c = refused.charAt(ControlCharacters.find(refused));
				reject(request, response, HttpStatus.BAD_REQUEST, name,
						ControlCharacters.refusal(name, c).getMessage());
				return false;
			}
		}
		return true;
	}

	private static String refused(String name, String[] values) {
		if (ControlCharacters.find(name) >= 0) {
			return name;
		}
		for (String value : values) {
			if (value != null && ControlCharacters.find(value) >= 0) {
				return value;
			}
		}
		return null;
	}

	// One line, with whatever the client sent escaped, so that it can neither forge log
	// lines nor fill the log with stack traces.
	private static void malformed(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		log.info("Refused {} {}: its parameters are not valid URL encoding ({})", request.getMethod(),
				ControlCharacters.escaped(abbreviated(request.getRequestURI())),
				ControlCharacters.escaped(abbreviated(reason)));
		reject(request, response, HttpStatus.BAD_REQUEST, null, MALFORMED);
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String field, String message) throws IOException {
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = path(request);
		if (path.startsWith("/compat/")) {
			// the hosted product's error shape, which scripts written for it read
			response.setContentType("application/json");
			JSON.writeValue(response.getOutputStream(), Map.of("error", message));
		}
		else if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/hooks/")) {
			// the shape of the controllers' problems, written without Spring MVC's mapper
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", message);
			problem.put("instance", request.getRequestURI());
			if (field != null) {
				problem.put("errors", List.of(Map.of("field", field, "message", message)));
			}
			response.setContentType("application/problem+json");
			JSON.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType("text/html");
			response.getOutputStream()
				.write(page(request.getContextPath(), status, message).getBytes(StandardCharsets.UTF_8));
		}
	}

	// A page of its own: rendering the layout could read the parameters again.
	private static String page(String context, HttpStatus status, String message) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="color-scheme" content="light dark"><title>Not a valid request · Sharpend</title>
				<link rel="stylesheet" href="%1$s/css/sharpend.css"></head>
				<body><main id="main" class="narrow">
				<p class="status-code">%3$d</p>
				<h1>That request was not valid</h1>
				<p class="notice error" role="alert">%2$s</p>
				<p><a href="%1$s/home">Go to the start page</a></p>
				</main></body></html>
				""".formatted(HtmlUtils.htmlEscape(context), HtmlUtils.htmlEscape(message), status.value());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
