package dev.sharpend.statuspage.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.system.PublicRoute;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A page's history by month and the detail page of each status incident and maintenance
 * (where the v2 {@code shortlink} points), served from the page snapshot like the page
 * itself.
 */
@Controller
class PublicHistoryController {

	private final SnapshotServer server;

	PublicHistoryController(SnapshotServer server) {
		this.server = server;
	}

	@GetMapping({ "/history", "/p/{slug}/history" })
	@PublicRoute("a status page's history is public (private pages check access when served)")
	void history(@PathVariable(required = false) String slug, @RequestParam(defaultValue = "1") String page,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String number = page.matches("[1-9][0-9]{0,2}") ? page : "0";
		this.server.serveNamed(slug, "history/" + number + ".html", request, response);
	}

	@GetMapping({ "/incidents/{id}", "/p/{slug}/incidents/{id}" })
	@PublicRoute("status incidents are public (private pages check access when served)")
	void incident(@PathVariable(required = false) String slug, @PathVariable String id, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String name = id.matches("[a-z0-9]{1,16}") ? id : "-";
		this.server.serveNamed(slug, "incidents/" + name + ".html", request, response);
	}

}
