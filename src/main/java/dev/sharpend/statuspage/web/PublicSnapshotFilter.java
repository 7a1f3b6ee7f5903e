package dev.sharpend.statuspage.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusSnapshots;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers GETs of public pages' snapshot documents before the security filters and Spring
 * MVC: no session, no database, no handler lookup, just the pre-rendered bytes. This is
 * what keeps the status page fast under an outage's traffic and up while the database is
 * down, even for visitors who are signed in. Everything else (private pages, unknown
 * pages, other methods) goes on to {@link PublicStatusController} as before.
 */
class PublicSnapshotFilter extends OncePerRequestFilter {

	static final Set<String> V2_DOCUMENTS = Set.of("summary.json", "status.json", "components.json", "incidents.json",
			"incidents/unresolved.json", "scheduled-maintenances.json", "scheduled-maintenances/upcoming.json",
			"scheduled-maintenances/active.json");

	// The headers the security filter chain would have added to these responses.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private final StatusSnapshots snapshots;

	private final SnapshotServer server;

	PublicSnapshotFilter(StatusSnapshots snapshots, SnapshotServer server) {
		this.snapshots = snapshots;
		this.server = server;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			Target target = target(request.getRequestURI().substring(request.getContextPath().length()));
			if (target != null) {
				Optional<PageSnapshot> page = this.snapshots
					.find((target.slug() != null) ? null : request.getServerName(), target.slug());
				if (page.isPresent() && page.get().view().page().visibility() == StatusPage.Visibility.PUBLIC
						&& page.get().documents().containsKey(target.document())) {
					response.setHeader("X-Content-Type-Options", "nosniff");
					response.setHeader("X-Frame-Options", "DENY");
					response.setHeader("Referrer-Policy", "same-origin");
					if (!target.document().equals("index.html")) {
						response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
					}
					this.server.serveDirect(page.get(), target.document(), request, response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Which page and document a path asks for, or null if it is not a snapshot read. */
	static Target target(String path) {
		String slug = null;
		String rest = path;
		if (path.startsWith("/p/")) {
			int slash = path.indexOf('/', 3);
			if (slash < 0) {
				return null;
			}
			slug = path.substring(3, slash);
			rest = path.substring(slash);
		}
		if (rest.equals("/")) {
			return new Target(slug, "index.html");
		}
		if (rest.equals("/theme.css")) {
			return new Target(slug, "theme.css");
		}
		if (rest.startsWith("/api/v2/") && V2_DOCUMENTS.contains(rest.substring(8))) {
			return new Target(slug, rest.substring(8));
		}
		return null;
	}

	record Target(String slug, String document) {
	}

}
