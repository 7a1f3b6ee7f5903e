package dev.sharpend.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.ProblemResponses;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 when a request fails because the database cannot be reached: an RFC 9457
 * problem for the API, a plain page for browsers, with {@code Retry-After}. The failed
 * transaction has rolled back, so nothing is half-written; the caller can simply retry.
 * Status pages keep answering from memory meanwhile, because they never reach this far.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String DETAIL = "The database is unavailable, so nothing was changed. Try again in a minute; "
			+ "public status pages keep showing their last known state meanwhile.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final long LOG_EVERY_MILLIS = 60_000;

	private static final byte[] PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="color-scheme" content="light dark"><title>Database unavailable · Sharpend</title>
			<link rel="stylesheet" href="/css/sharpend.css"></head>
			<body><main id="main" class="narrow">
			<p class="status-code">503</p>
			<h1>The database is unavailable</h1>
			<p>Sharpend cannot reach its database right now, so nothing was changed. Go back and try again in a
			minute; what you entered is still in your browser's previous page.</p>
			<p>Public status pages keep showing their last known state meanwhile.</p>
			</main></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	private final AtomicLong lastLogged = new AtomicLong();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			logOccasionally(request, ex);
			response.reset();
			response.setHeader("Retry-After", "30");
			response.setHeader("Cache-Control", "no-store");
			if (ProblemResponses.wantsProblem(request)) {
				ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
			}
			else {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(PAGE.length);
				response.getOutputStream().write(PAGE);
			}
		}
	}

	/**
	 * Whether an exception (or one of its causes) says the database could not be reached.
	 */
	static boolean databaseUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// A rollback on a connection the outage already closed hides the real failure
			// behind "JDBC rollback failed"; the failure it replaced says what happened.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& databaseUnreachable(rollback.getApplicationException())) {
				return true;
			}
			// SQLState class 08: connection exception
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void logOccasionally(HttpServletRequest request, Throwable ex) {
		long now = System.currentTimeMillis();
		long last = this.lastLogged.get();
		if (now - last > LOG_EVERY_MILLIS && this.lastLogged.compareAndSet(last, now)) {
			log.warn("Answering 503 to {} {} (and others for the next minute): the database is unavailable ({})",
					request.getMethod(), request.getRequestURI(), rootMessage(ex));
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
