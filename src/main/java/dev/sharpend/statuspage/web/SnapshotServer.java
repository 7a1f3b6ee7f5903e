package dev.sharpend.statuspage.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPageMetrics;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.Permission;
import dev.sharpend.system.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a snapshot document: access check for private pages, conditional GET,
 * pre-compressed body, caching headers a CDN can use, and the stale notice while the
 * database is down. Every public status page route serves through it.
 */
@Component
public class SnapshotServer {

	/**
	 * The security headers' policy, except that a page's logo may come from any HTTPS
	 * host (teams keep logos on their own sites or CDNs).
	 */
	static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private static final String PUBLIC_CACHE = "public, max-age=5, stale-while-revalidate=30, stale-if-error=86400";

	private final StatusSnapshots snapshots;

	private final PageAccess access;

	private final StatusPageMetrics metrics;

	SnapshotServer(StatusSnapshots snapshots, PageAccess access, StatusPageMetrics metrics) {
		this.snapshots = snapshots;
		this.access = access;
		this.metrics = metrics;
	}

	/**
	 * Serves a document of the page named by slug, or of the host's or default page when
	 * slug is null.
	 */
	public void serveNamed(String slug, String document, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<PageSnapshot> page = this.snapshots.find((slug != null) ? null : request.getServerName(), slug);
		if (page.isEmpty()) {
			notFound(request, response);
			return;
		}
		serve(page.get(), document, request, response);
	}

	void serve(PageSnapshot page, String document, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		serve(page, document, false, request, response);
	}

	/** Serves a document for the fast path that runs before the security filters. */
	void serveDirect(PageSnapshot page, String document, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		serve(page, document, true, request, response);
	}

	private void serve(PageSnapshot page, String document, boolean direct, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.metrics.served(direct, this.snapshots.databaseUnreachableSince() != null);
		PageSnapshot.Rendered rendered = page.documents().get(document);
		if (rendered == null) {
			notFound(request, response);
			return;
		}
		boolean isPrivate = page.view().page().visibility() == StatusPage.Visibility.PRIVATE;
		if (isPrivate && !mayReadPrivate() && !this.access.admits(page.view().page().id(), request, response)) {
			refusePrivate(request, response);
			return;
		}
		response.setHeader("Cache-Control", isPrivate ? "private, no-store" : PUBLIC_CACHE);
		response.setHeader("Vary", "Accept-Encoding");
		response.setHeader("ETag", rendered.etag());
		response.setHeader("Last-Modified", rendered.lastModified());
		if (document.endsWith(".json")) {
			response.setHeader("Access-Control-Allow-Origin", "*");
		}
		if (rendered.etag().equals(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(rendered.contentType());
		// The widget sets its own policy (it may be framed anywhere).
		if (rendered.contentType().startsWith("text/html") && !response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY);
		}
		byte[] body = StaleNotice.apply(rendered, this.snapshots.databaseUnreachableSince(), page.view());
		String acceptEncoding = request.getHeader("Accept-Encoding");
		if (body == rendered.body() && acceptEncoding != null && acceptEncoding.contains("gzip")) {
			response.setHeader("Content-Encoding", "gzip");
			body = rendered.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean mayReadPrivate() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& Permission.STATUSPAGE_READ.isHeldBy(authentication);
	}

	private static void refusePrivate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().contains("/api/v2/")) {
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"This status page is private: send an API token with statuspage:read, or open it with an access link.");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login");
		}
	}

	private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().endsWith(".json")) {
			ProblemResponses.write(request, response, HttpStatus.NOT_FOUND, "There is no status page here.");
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

}
