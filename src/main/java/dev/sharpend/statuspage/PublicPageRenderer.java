package dev.sharpend.statuspage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import dev.sharpend.statuspage.metric.MetricCharts;
import dev.sharpend.statuspage.uptime.PageUptime;
import dev.sharpend.statuspage.uptime.Uptime;
import dev.sharpend.system.Markdown;

/**
 * Renders a page's public HTML from its view, once per change rather than per request.
 */
@Component
class PublicPageRenderer {

	private final ITemplateEngine templates;

	private final PageUptime uptime;

	private final MetricCharts charts;

	PublicPageRenderer(ITemplateEngine templates, PageUptime uptime, MetricCharts charts) {
		this.templates = templates;
		this.uptime = uptime;
		this.charts = charts;
	}

	String render(PageView view) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("view", view);
		context.setVariable("fmt", new Formats(ZoneId.of(view.page().timeZone())));
		context.setVariable("uptime", this.uptime.of(view));
		context.setVariable("uptimeRule", Uptime.RULE);
		context.setVariable("charts", this.charts.of(view));
		return this.templates.process("statuspage/public", context);
	}

	/** Formatting helpers for the template, in the page's time zone. */
	public static final class Formats {

		private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm z",
				Locale.ENGLISH);

		private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

		private final ZoneId zone;

		Formats(ZoneId zone) {
			this.zone = zone;
		}

		public String dateTime(Instant instant) {
			return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
		}

		public String date(Instant instant) {
			return (instant != null) ? DATE.format(instant.atZone(this.zone)) : "";
		}

		public String iso(Instant instant) {
			return (instant != null) ? instant.toString() : "";
		}

		public String markdown(String text) {
			return Markdown.toSafeHtml(text);
		}

		public String label(String code) {
			return code.substring(0, 1).toUpperCase(Locale.ENGLISH) + code.substring(1).replace('_', ' ');
		}

	}

}
