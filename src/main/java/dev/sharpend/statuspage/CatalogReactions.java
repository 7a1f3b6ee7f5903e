package dev.sharpend.statuspage;

import java.time.Clock;

import dev.sharpend.catalog.ComponentDeleted;
import dev.sharpend.catalog.ComponentSaved;
import dev.sharpend.catalog.ComponentStatusChanged;
import dev.sharpend.catalog.PageId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a page in step with the components it shows. An edited or removed component
 * counts as a change of its page in the same transaction, because other nodes notice
 * changes by the page's change counter; a status change is always part of a change that
 * counts itself (a notice, or a component edit). After commit this node re-renders the
 * page at once, like for its own changes.
 */
@Component
class CatalogReactions {

	private final PageRepository pages;

	private final StatusSnapshots snapshots;

	private final Clock clock;

	CatalogReactions(PageRepository pages, StatusSnapshots snapshots, Clock clock) {
		this.pages = pages;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@EventListener
	void count(ComponentSaved saved) {
		touch(saved.page());
	}

	@EventListener
	void count(ComponentDeleted deleted) {
		touch(deleted.page());
	}

	@TransactionalEventListener
	void rerender(ComponentSaved saved) {
		this.snapshots.rebuild(saved.page());
	}

	@TransactionalEventListener
	void rerender(ComponentDeleted deleted) {
		this.snapshots.rebuild(deleted.page());
	}

	@TransactionalEventListener
	void rerender(ComponentStatusChanged changed) {
		this.snapshots.rebuild(changed.page());
	}

	private void touch(PageId page) {
		this.pages.touch(page, this.clock.instant());
	}

}
