package dev.sharpend.statuspage.feed;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.web.SnapshotServer;
import dev.sharpend.system.PublicRoute;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves each page's Atom and RSS history feeds from its snapshot. */
@Controller
class FeedController {

	private final SnapshotServer server;

	FeedController(SnapshotServer server) {
		this.server = server;
	}

	@GetMapping({ "/history.atom", "/p/{slug}/history.atom" })
	@PublicRoute("a public page's history feed is public (private pages check access when served)")
	void atom(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.server.serveNamed(slug, "history.atom", request, response);
	}

	@GetMapping({ "/history.rss", "/p/{slug}/history.rss" })
	@PublicRoute("a public page's history feed is public (private pages check access when served)")
	void rss(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.server.serveNamed(slug, "history.rss", request, response);
	}

}
