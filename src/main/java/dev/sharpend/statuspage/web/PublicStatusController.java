package dev.sharpend.statuspage.web;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.Permission;
import dev.sharpend.system.ProblemResponses;
import dev.sharpend.system.PublicRoute;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves status pages and their Statuspage-compatible JSON from the in-memory snapshots:
 * no database access per request, conditional GET, pre-compressed bodies and caching
 * headers a CDN can use. Keeps answering with the last known state while the database is
 * down.
 */
@Controller
class PublicStatusController {

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private static final String PUBLIC_CACHE = "public, max-age=5, stale-while-revalidate=30, stale-if-error=86400";

	private final StatusSnapshots snapshots;

	PublicStatusController(StatusSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/")
	@PublicRoute("the default status page (or the one bound to this host name) is public")
	void root(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<PageSnapshot> page = this.snapshots.find(request.getServerName(), null);
		if (page.isEmpty()) {
			response.sendRedirect(request.getContextPath() + "/home");
			return;
		}
		serve(page.get(), "index.html", request, response);
	}

	@GetMapping("/p/{slug}")
	@PublicRoute("status pages are public (private ones check access when served)")
	void withoutSlash(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/p/" + slug + "/");
	}

	@GetMapping("/p/{slug}/")
	@PublicRoute("status pages are public (private ones check access when served)")
	void page(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) throws IOException {
		serveNamed(slug, "index.html", request, response);
	}

	@GetMapping({ "/theme.css", "/p/{slug}/theme.css" })
	@PublicRoute("a page's colours are public")
	void theme(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		serveNamed(slug, "theme.css", request, response);
	}

	@GetMapping({ "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/components.json", "/api/v2/incidents.json",
			"/api/v2/incidents/unresolved.json", "/api/v2/scheduled-maintenances.json",
			"/api/v2/scheduled-maintenances/upcoming.json", "/api/v2/scheduled-maintenances/active.json" })
	@PublicRoute("the Statuspage-compatible JSON of public pages is public")
	void defaultJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
		serveNamed(null, documentName(request), request, response);
	}

	@GetMapping({ "/p/{slug}/api/v2/summary.json", "/p/{slug}/api/v2/status.json", "/p/{slug}/api/v2/components.json",
			"/p/{slug}/api/v2/incidents.json", "/p/{slug}/api/v2/incidents/unresolved.json",
			"/p/{slug}/api/v2/scheduled-maintenances.json", "/p/{slug}/api/v2/scheduled-maintenances/upcoming.json",
			"/p/{slug}/api/v2/scheduled-maintenances/active.json" })
	@PublicRoute("the Statuspage-compatible JSON of public pages is public")
	void json(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) throws IOException {
		serveNamed(slug, documentName(request), request, response);
	}

	private void serveNamed(String slug, String document, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<PageSnapshot> page = this.snapshots.find((slug != null) ? null : request.getServerName(), slug);
		if (page.isEmpty()) {
			notFound(request, response);
			return;
		}
		serve(page.get(), document, request, response);
	}

	private void serve(PageSnapshot page, String document, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		PageSnapshot.Rendered rendered = page.documents().get(document);
		if (rendered == null) {
			notFound(request, response);
			return;
		}
		boolean isPrivate = page.view().page().visibility() == StatusPage.Visibility.PRIVATE;
		if (isPrivate && !mayReadPrivate()) {
			refusePrivate(request, response);
			return;
		}
		response.setHeader("Cache-Control", isPrivate ? "private, no-store" : PUBLIC_CACHE);
		response.setHeader("Vary", "Accept-Encoding");
		response.setHeader("ETag", rendered.etag());
		response.setHeader("Last-Modified", HTTP_DATE.format(rendered.lastModified()));
		if (document.endsWith(".json")) {
			response.setHeader("Access-Control-Allow-Origin", "*");
		}
		if (rendered.etag().equals(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(rendered.contentType());
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
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((a) -> Permission.STATUSPAGE_READ.code().equals(a.getAuthority()));
	}

	private static void refusePrivate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().contains("/api/v2/")) {
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"This status page is private: send an API token with statuspage:read.");
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

	private static String documentName(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.substring(path.indexOf("/api/v2/") + "/api/v2/".length());
	}

}
