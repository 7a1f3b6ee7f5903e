package dev.sharpend.statuspage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;

import org.springframework.stereotype.Component;

/**
 * Adds the public history (by month, {@value #MONTHS_PER_PAGE} months a page, the last
 * {@value #MONTHS} months) and a detail page for every status incident and maintenance in
 * it to each page snapshot, so both are served from memory like the page itself.
 */
@Component
class NoticeHistory implements PageDocuments {

	static final int MONTHS = 12;

	static final int MONTHS_PER_PAGE = 3;

	/** Bounds the work per rebuild on a page with a very busy year. */
	static final int MAX_NOTICES = 1000;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final String HTML = "text/html;charset=UTF-8";

	private final NoticeRepository notices;

	private final ITemplateEngine templates;

	private final PublicPageRenderer renderer;

	NoticeHistory(NoticeRepository notices, ITemplateEngine templates, PublicPageRenderer renderer) {
		this.notices = notices;
		this.templates = templates;
		this.renderer = renderer;
	}

	@Override
	public Map<String, PageSnapshot.Rendered> render(PageView view) {
		ZoneId zone = ZoneId.of(view.page().timeZone());
		YearMonth current = YearMonth.from(view.builtAt().atZone(zone));
		Instant since = current.minusMonths(MONTHS - 1).atDay(1).atStartOfDay(zone).toInstant();
		List<Notice> inWindow = this.notices.findSince(view.page().id(), since, MAX_NOTICES);
		PublicPageRenderer.Formats fmt = this.renderer.formats(view);
		Map<String, PageSnapshot.Rendered> documents = new HashMap<>();
		int pages = MONTHS / MONTHS_PER_PAGE;
		for (int number = 1; number <= pages; number++) {
			List<Month> months = new ArrayList<>();
			for (int i = 0; i < MONTHS_PER_PAGE; i++) {
				YearMonth month = current.minusMonths((long) (number - 1) * MONTHS_PER_PAGE + i);
				months.add(new Month(MONTH.format(month), inMonth(inWindow, month, zone)));
			}
			Context context = context(view, fmt);
			context.setVariable("history", new HistoryPage(number, months, number > 1, number < pages));
			documents.put("history/" + number + ".html", html("statuspage/history", context, view));
		}
		Map<NoticeId, Notice> all = new LinkedHashMap<>();
		inWindow.forEach((n) -> all.put(n.id(), n));
		view.incidents().forEach((n) -> all.putIfAbsent(n.id(), n));
		view.maintenances().forEach((n) -> all.putIfAbsent(n.id(), n));
		for (Notice notice : all.values()) {
			Context context = context(view, fmt);
			context.setVariable("notice", notice);
			context.setVariable("affected", affected(view, notice));
			documents.put("incidents/" + notice.id().value() + ".html", html("statuspage/incident", context, view));
		}
		return documents;
	}

	private static List<Notice> inMonth(List<Notice> notices, YearMonth month, ZoneId zone) {
		return notices.stream()
			.filter((n) -> YearMonth.from(dateOf(n).atZone(zone)).equals(month))
			.sorted(Comparator.comparing(NoticeHistory::dateOf).reversed())
			.toList();
	}

	/** When a notice belongs in the history: its start, or its scheduled start. */
	static Instant dateOf(Notice notice) {
		return (notice.schedule() != null) ? notice.schedule().scheduledFor() : notice.startedAt();
	}

	private static List<Affected> affected(PageView view, Notice notice) {
		List<Affected> affected = new ArrayList<>();
		for (ComponentId id : notice.affected().keySet()) {
			view.component(id).ifPresent((c) -> affected.add(new Affected(c.name(), view.statusOf(c))));
		}
		return affected;
	}

	private static Context context(PageView view, PublicPageRenderer.Formats fmt) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("view", view);
		context.setVariable("fmt", fmt);
		return context;
	}

	private PageSnapshot.Rendered html(String template, Context context, PageView view) {
		byte[] body = this.templates.process(template, context).getBytes(StandardCharsets.UTF_8);
		return PageDocuments.rendered(body, HTML, view.page().updatedAt());
	}

	/**
	 * One page of history.
	 *
	 * @param number from 1, the newest months
	 * @param months its months, newest first
	 * @param hasNewer whether a newer page exists
	 * @param hasOlder whether an older page exists
	 */
	public record HistoryPage(int number, List<Month> months, boolean hasNewer, boolean hasOlder) {
	}

	/**
	 * A month of history.
	 *
	 * @param label such as "March 2026"
	 * @param notices its status incidents and maintenances, newest first
	 */
	public record Month(String label, List<Notice> notices) {
	}

	/**
	 * A component a notice affects, as it stands now.
	 *
	 * @param name its name
	 * @param status its current status
	 */
	public record Affected(String name, ComponentStatus status) {
	}

}
