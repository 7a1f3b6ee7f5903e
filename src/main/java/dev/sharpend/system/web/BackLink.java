package dev.sharpend.system.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page that refused a request leads back to: the list (or the review) the form
 * was on, chosen by the path the request went to.
 *
 * @param href the path to go back to
 * @param label the link's text
 */
record BackLink(String href, String label) {

	private static final BackLink HOME = new BackLink("/home", "Back to the start page");

	// First match wins; the href may use the pattern's groups. Only digits are taken from
	// the request path, so the link can never point elsewhere.
	private static final List<Rule> RULES = List.of(
			new Rule("/reviews/templates", "/reviews/templates", "the templates"),
			new Rule("/reviews/(\\d+)", "/reviews/$1", "the review"), new Rule("/reviews", "/reviews", "the reviews"),
			new Rule("/response/incidents", "/response/incidents", "the incidents"),
			new Rule("/alerts", "/alerts", "the alert groups"),
			new Rule("/status-pages", "/status-pages", "the status pages"),
			new Rule("/search", "/search", "the search"),
			new Rule("/(?:settings|admin|account|password|tokens|invitations)", "/settings", "the settings"));

	static BackLink forPath(String path) {
		for (Rule rule : RULES) {
			Matcher matcher = rule.prefix().matcher(path);
			if (matcher.lookingAt()) {
				String href = (matcher.groupCount() > 0) ? rule.href().replace("$1", matcher.group(1)) : rule.href();
				return new BackLink(href, rule.label());
			}
		}
		return HOME;
	}

	private record Rule(Pattern prefix, String href, String label) {

		Rule(String prefix, String href, String what) {
			// Whole path segments only: /alertsx is not under /alerts.
			this(Pattern.compile(prefix + "(?=/|$|\\?)"), href, "Back to " + what);
		}

	}

}
