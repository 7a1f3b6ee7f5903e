package dev.sharpend.statuspage.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.PublicRoute;

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

	private final StatusSnapshots snapshots;

	private final SnapshotServer server;

	PublicStatusController(StatusSnapshots snapshots, SnapshotServer server) {
		this.snapshots = snapshots;
		this.server = server;
	}

	@GetMapping("/")
	@PublicRoute("the default status page (or the one bound to this host name) is public")
	void root(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<PageSnapshot> page = this.snapshots.find(request.getServerName(), null);
		if (page.isEmpty()) {
			response.sendRedirect(request.getContextPath() + "/home");
			return;
		}
		this.server.serve(page.get(), "index.html", request, response);
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
		this.server.serveNamed(slug, "index.html", request, response);
	}

	@GetMapping({ "/theme.css", "/p/{slug}/theme.css" })
	@PublicRoute("a page's colours are public")
	void theme(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.server.serveNamed(slug, "theme.css", request, response);
	}

	@GetMapping({ "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/components.json", "/api/v2/incidents.json",
			"/api/v2/incidents/unresolved.json", "/api/v2/scheduled-maintenances.json",
			"/api/v2/scheduled-maintenances/upcoming.json", "/api/v2/scheduled-maintenances/active.json" })
	@PublicRoute("the Statuspage-compatible JSON of public pages is public")
	void defaultJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.server.serveNamed(null, documentName(request), request, response);
	}

	@GetMapping({ "/p/{slug}/api/v2/summary.json", "/p/{slug}/api/v2/status.json", "/p/{slug}/api/v2/components.json",
			"/p/{slug}/api/v2/incidents.json", "/p/{slug}/api/v2/incidents/unresolved.json",
			"/p/{slug}/api/v2/scheduled-maintenances.json", "/p/{slug}/api/v2/scheduled-maintenances/upcoming.json",
			"/p/{slug}/api/v2/scheduled-maintenances/active.json" })
	@PublicRoute("the Statuspage-compatible JSON of public pages is public")
	void json(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.server.serveNamed(slug, documentName(request), request, response);
	}

	private static String documentName(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.substring(path.indexOf("/api/v2/") + "/api/v2/".length());
	}

}
