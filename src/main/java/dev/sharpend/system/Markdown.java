package dev.sharpend.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders update bodies from Markdown to HTML that is safe to show: raw HTML is escaped
 * by the renderer and the result passes an allow-list sanitizer, so a script in an update
 * can never run on the public page.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder()
			.allowElements("pre", "code", "hr", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("nofollow", "noopener").toFactory());

	private Markdown() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
