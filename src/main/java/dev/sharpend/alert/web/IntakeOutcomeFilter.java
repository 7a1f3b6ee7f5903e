package dev.sharpend.alert.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.IntakeMetrics;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every delivery to an intake hook by the answer it got, whoever gave it (the
 * hook, the key check, the body size guard), so that an operator sees refused and
 * throttled deliveries as well as stored ones.
 */
class IntakeOutcomeFilter extends OncePerRequestFilter {

	private final IntakeMetrics metrics;

	IntakeOutcomeFilter(IntakeMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			this.metrics.answered(type(request.getRequestURI().substring(request.getContextPath().length())),
					failed ? 500 : response.getStatus());
		}
	}

	/** The integration type named by a hook's path, {@code /hooks/<type>/…}. */
	static String type(String path) {
		int start = "/hooks/".length();
		int end = path.indexOf('/', start);
		return (end < 0) ? path.substring(Math.min(start, path.length())) : path.substring(start, end);
	}

}
