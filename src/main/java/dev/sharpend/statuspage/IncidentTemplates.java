package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Markdown;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.ShortId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incident templates of a page: prepared title and first update for status incidents. */
@Service
@Transactional
public class IncidentTemplates {

	private final IncidentTemplateRepository templates;

	private final StatusPages pages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentTemplates(IncidentTemplateRepository templates, StatusPages pages, ApplicationEventPublisher events,
			Clock clock) {
		this.templates = templates;
		this.pages = pages;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<IncidentTemplate> all(PageId page) {
		return this.templates.findByPage(page);
	}

	@Transactional(readOnly = true)
	public IncidentTemplate require(PageId page, String id) {
		return this.templates.findById(id)
			.filter((t) -> t.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no incident template " + id + " on this page."));
	}

	/** Creates a template, or changes it when {@code id} is given. */
	public IncidentTemplate save(PageId page, String id, Draft draft) {
		this.pages.require(page);
		Instant now = this.clock.instant();
		IncidentTemplate current = (id != null) ? require(page, id) : null;
		String name = StatusPages.required(draft.name(), "template_name", 200);
		String title = StatusPages.required(draft.title(), "template_title", 300);
		String body = StatusPages.required(draft.body(), "template_body", StatusNotices.MAX_BODY);
		IncidentTemplate template = new IncidentTemplate((current != null) ? current.id() : ShortId.next(), page, name,
				title, body, draft.componentStatus(), (current != null) ? current.createdAt() : now, now);
		this.templates.save(template);
		this.events.publishEvent(new IncidentTemplateSaved(page, template.id(), name, current == null));
		return template;
	}

	public void delete(PageId page, String id) {
		IncidentTemplate template = require(page, id);
		this.templates.delete(template.id());
		this.events.publishEvent(new IncidentTemplateDeleted(page, template.id(), template.name()));
	}

	/**
	 * What a template holds.
	 *
	 * @param name what editors see
	 * @param title the status incident's name
	 * @param body the first update's Markdown text
	 * @param componentStatus the default status of affected components, or null
	 */
	public record Draft(String name, String title, String body, ComponentStatus componentStatus) {
	}

}
