package dev.sharpend.statuspage.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.PageView;

/**
 * While the database is unreachable, tells readers of the HTML page that they see the
 * last known state and since when. Only done during an outage, so the normal path stays a
 * plain copy of pre-rendered bytes.
 */
final class StaleNotice {

	static final String MARKER = "<!--sharpend:stale-->";

	private StaleNotice() {
	}

	static byte[] apply(PageSnapshot.Rendered rendered, Instant unreachableSince, PageView view) {
		if (unreachableSince == null || !rendered.contentType().startsWith("text/html")) {
			return rendered.body();
		}
		String html = new String(rendered.body(), StandardCharsets.UTF_8);
		String notice = "<p class=\"stale\" role=\"status\">Live updates are paused. This page shows the state as of "
				+ "<time datetime=\"" + view.builtAt() + "\">"
				+ view.builtAt().toString().replace('T', ' ').substring(0, 16)
				+ " UTC</time>; it refreshes by itself when they resume.</p>";
		return html.replace(MARKER, notice).getBytes(StandardCharsets.UTF_8);
	}

}
