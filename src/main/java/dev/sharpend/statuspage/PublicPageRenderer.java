package dev.sharpend.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
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

	private final Duration liveRefresh;

	PublicPageRenderer(ITemplateEngine templates, PageUptime uptime, MetricCharts charts,
			@Value("${sharpend.statuspage.live-refresh:PT30S}") Duration liveRefresh) {
		this.templates = templates;
		this.uptime = uptime;
		this.charts = charts;
		this.liveRefresh = liveRefresh;
	}

	/**
	 * Renders the page; {@code summaryEtag} is the ETag of the summary.json rendered from
	 * the same view, so the page's script knows from its first poll whether it is behind.
	 */
	String render(PageView view, String summaryEtag) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("view", view);
		context.setVariable("liveEtag", summaryEtag);
		context.setVariable("fmt", formats(view));
		context.setVariable("uptime", this.uptime.of(view));
		context.setVariable("uptimeRule", Uptime.RULE);
		context.setVariable("charts", this.charts.of(view));
		return this.templates.process("statuspage/public", context);
	}

	/** The template helpers for a page's public documents. */
	Formats formats(PageView view) {
		return new Formats(ZoneId.of(view.page().timeZone()), Math.max(1, this.liveRefresh.toSeconds()));
	}

	/** Formatting helpers for the template, in the page's time zone. */
	public static final class Formats {

		private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm z",
				Locale.ENGLISH);

		private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

		private final ZoneId zone;

		private final long liveEvery;

		Formats(ZoneId zone, long liveEvery) {
			this.zone = zone;
			this.liveEvery = liveEvery;
		}

		/** How often, in seconds, an open page checks whether it changed. */
		public long getLiveEvery() {
			return this.liveEvery;
		}

		/**
		 * The JSON an open page polls, as a path on the host that served it (a page's
		 * public URL may name another host, which would need CORS for If-None-Match).
		 */
		public String livePath(PageView view) {
			return (view.page().isDefault() ? "" : "/p/" + view.page().slug()) + "/api/v2/summary.json";
		}

		/** The element id of a component's day details. */
		public String dayId(Uptime.Bars bars, int day) {
			return "day-" + bars.component().id().value() + "-" + day;
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
