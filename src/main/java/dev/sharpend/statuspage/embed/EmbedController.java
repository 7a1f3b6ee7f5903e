package dev.sharpend.statuspage.embed;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.web.SnapshotServer;
import dev.sharpend.system.PublicRoute;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Badges and widgets other sites embed, served from the page snapshots like the page
 * itself.
 */
@Controller
class EmbedController {

	/**
	 * Only the iframe widget may be framed, by any site; everything else keeps the
	 * default.
	 */
	static final String WIDGET_POLICY = "default-src 'none'; style-src 'self'; frame-ancestors *; base-uri 'none'; "
			+ "form-action 'none'";

	private final SnapshotServer server;

	EmbedController(SnapshotServer server) {
		this.server = server;
	}

	@GetMapping({ "/badge.svg", "/p/{slug}/badge.svg" })
	@PublicRoute("a public page's status badge is embedded by other sites")
	void pageBadge(@PathVariable(required = false) String slug, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.server.serveNamed(slug, "badge.svg", request, response);
	}

	@GetMapping("/p/{slug}/components/{componentId}/badge.svg")
	@PublicRoute("a public page's component badges are embedded by other sites")
	void componentBadge(@PathVariable String slug, @PathVariable String componentId, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.server.serveNamed(slug, "components/" + componentId + "/badge.svg", request, response);
	}

	@GetMapping({ "/widget.js", "/p/{slug}/widget.js" })
	@PublicRoute("the status widget script is included by other sites")
	void widgetScript(@PathVariable(required = false) String slug, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader("Access-Control-Allow-Origin", "*");
		this.server.serveNamed(slug, "widget.js", request, response);
	}

	@GetMapping({ "/widget", "/p/{slug}/widget" })
	@PublicRoute("the status widget is framed by other sites")
	void widget(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// Set before the security headers are written, which then leave it alone.
		response.setHeader("Content-Security-Policy", WIDGET_POLICY);
		this.server.serveNamed(slug, "widget.html", request, response);
	}

}
