package dev.sharpend.statuspage;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything a page shows in one read-only transaction, so a view is consistent.
 */
@Component
class PageReader {

	static final int RECENT = 50;

	private final PageRepository pages;

	private final Components components;

	private final NoticeRepository notices;

	private final SharpendProperties properties;

	private final Environment environment;

	private final Clock clock;

	PageReader(PageRepository pages, Components components, NoticeRepository notices, SharpendProperties properties,
			Environment environment, Clock clock) {
		this.pages = pages;
		this.components = components;
		this.notices = notices;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	// One query, so no transaction: while the database is down this fails fast and
	// quietly, without a rollback that fails too.
	Map<PageId, Long> versions() {
		return this.pages.versions();
	}

	@Transactional(readOnly = true)
	Optional<Read> read(PageId id) {
		Long version = this.pages.versions().get(id);
		return this.pages.findById(id)
			.map((page) -> new Read(
					new PageView(page, urlOf(page), this.components.onPage(id),
							this.notices.findRecent(id, NoticeKind.INCIDENT, RECENT),
							this.notices.findRecent(id, NoticeKind.MAINTENANCE, RECENT), this.clock.instant()),
					(version != null) ? version : 0));
	}

	String urlOf(StatusPage page) {
		if (page.publicUrl() != null) {
			return page.publicUrl().replaceAll("/+$", "");
		}
		int port = this.environment.getProperty("local.server.port", Integer.class, 8080);
		return this.properties.publicUrl(port) + (page.isDefault() ? "" : "/p/" + page.slug());
	}

	/**
	 * A page's view and the change counter it was read at.
	 *
	 * @param view the view
	 * @param version the counter
	 */
	record Read(PageView view, long version) {
	}

}
