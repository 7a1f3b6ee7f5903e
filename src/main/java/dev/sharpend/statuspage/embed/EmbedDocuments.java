package dev.sharpend.statuspage.embed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.Overall;
import dev.sharpend.statuspage.PageDocuments;
import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.PageView;

import org.springframework.web.util.HtmlUtils;

/**
 * Embeds for other sites: shields-style SVG badges of the page and of each component, a
 * script widget and an iframe widget, rendered with the page's snapshot.
 */
@org.springframework.stereotype.Component
class EmbedDocuments implements PageDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Map<String, PageSnapshot.Rendered> render(PageView view) {
		Instant modified = view.page().updatedAt();
		Map<String, PageSnapshot.Rendered> documents = new HashMap<>();
		Overall overall = view.overall();
		documents.put("badge.svg", svg(badge(view.page().name(), overall.description(), colour(overall)), modified));
		for (Component c : view.components()) {
			ComponentStatus status = view.statusOf(c);
			documents.put("components/" + c.id().value() + "/badge.svg",
					svg(badge(c.name(), status.label().toLowerCase(), colour(status)), modified));
		}
		documents.put("widget.js", PageDocuments.rendered(widgetScript(view).getBytes(StandardCharsets.UTF_8),
				"text/javascript;charset=UTF-8", modified));
		documents.put("widget.html", PageDocuments.rendered(widgetHtml(view).getBytes(StandardCharsets.UTF_8),
				"text/html;charset=UTF-8", modified));
		return documents;
	}

	private static PageSnapshot.Rendered svg(String svg, Instant modified) {
		return PageDocuments.rendered(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml;charset=UTF-8", modified);
	}

	/** A two-part badge as shields.io draws them: grey label, coloured message. */
	static String badge(String label, String message, String colour) {
		int left = textWidth(label) + 12;
		int right = textWidth(message) + 12;
		int width = left + right;
		String l = HtmlUtils.htmlEscape(label);
		String m = HtmlUtils.htmlEscape(message);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"20\" role=\"img\" "
				+ "aria-label=\"" + l + ": " + m + "\"><title>" + l + ": " + m + "</title>"
				+ "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>"
				+ "<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>" + "<clipPath id=\"r\"><rect width=\""
				+ width + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
				+ "<g clip-path=\"url(#r)\"><rect width=\"" + left + "\" height=\"20\" fill=\"#555\"/><rect x=\"" + left
				+ "\" width=\"" + right + "\" height=\"20\" fill=\"" + colour + "\"/><rect width=\"" + width
				+ "\" height=\"20\" fill=\"url(#s)\"/></g>"
				+ "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" "
				+ "font-size=\"11\"><text x=\"" + (left / 2.0) + "\" y=\"14\">" + l + "</text><text x=\""
				+ (left + right / 2.0) + "\" y=\"14\">" + m + "</text></g></svg>";
	}

	/** Verdana 11px averages about 6.5px a character; wide enough for most labels. */
	private static int textWidth(String text) {
		return (int) Math.ceil(text.length() * 6.5);
	}

	static String colour(Overall overall) {
		return switch (overall.indicator()) {
			case "minor" -> "#b08800";
			case "major" -> "#c2410c";
			case "critical" -> "#c62828";
			case "maintenance" -> "#1f5fbf";
			default -> "#2e7d32";
		};
	}

	static String colour(ComponentStatus status) {
		return switch (status) {
			case DEGRADED_PERFORMANCE -> "#b08800";
			case PARTIAL_OUTAGE -> "#c2410c";
			case MAJOR_OUTAGE -> "#c62828";
			case UNDER_MAINTENANCE -> "#1f5fbf";
			default -> "#2e7d32";
		};
	}

	/**
	 * A script that puts a status line where it is included; it reads status.json on
	 * load, so the line is current even when the script is cached.
	 */
	private static String widgetScript(PageView view) {
		String url = JSON.writeValueAsString(view.url());
		return """
				(function () {
				  var page = %s;
				  var colours = { none: "#2e7d32", minor: "#b08800", major: "#c2410c", critical: "#c62828", maintenance: "#1f5fbf" };
				  var script = document.currentScript;
				  var link = document.createElement("a");
				  link.href = page + "/";
				  link.className = "sharpend-status";
				  link.style.cssText = "display:inline-flex;align-items:center;gap:.4em;font:inherit;color:inherit;text-decoration:none";
				  var dot = document.createElement("span");
				  dot.setAttribute("aria-hidden", "true");
				  dot.style.cssText = "width:.7em;height:.7em;border-radius:50%%;background:#888";
				  var text = document.createElement("span");
				  text.textContent = "Status";
				  link.appendChild(dot);
				  link.appendChild(text);
				  var target = script && script.getAttribute("data-target") && document.getElementById(script.getAttribute("data-target"));
				  if (target) { target.appendChild(link); } else if (script && script.parentNode) { script.parentNode.insertBefore(link, script); }
				  fetch(page + "/api/v2/status.json").then(function (r) { return r.json(); }).then(function (d) {
				    text.textContent = d.status.description;
				    dot.style.background = colours[d.status.indicator] || "#888";
				  }).catch(function () { text.textContent = "Status unavailable"; });
				})();
				"""
			.formatted(url);
	}

	private static String widgetHtml(PageView view) {
		Overall overall = view.overall();
		String url = HtmlUtils.htmlEscape(view.url());
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
				<title>%s status</title><link rel="stylesheet" href="/css/widget.css"></head>
				<body><a class="widget" href="%s/" target="_blank" rel="noopener"><span class="dot" data-indicator="%s"></span>
				<span class="text"><strong>%s</strong> %s</span></a></body></html>
				"""
			.formatted(HtmlUtils.htmlEscape(view.page().name()), url, overall.indicator(),
					HtmlUtils.htmlEscape(view.page().name()), HtmlUtils.htmlEscape(overall.description()));
	}

}
