package dev.sharpend.statuspage;

import java.time.Clock;

import dev.sharpend.catalog.ComponentDeleted;
import dev.sharpend.catalog.ComponentSaved;
import dev.sharpend.catalog.ComponentStatusChanged;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.AfterCommit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

	@EventListener
	void rerender(ComponentSaved saved) {
		AfterCommit.run(() -> this.snapshots.rebuild(saved.page()));
	}

	@EventListener
	void rerender(ComponentDeleted deleted) {
		AfterCommit.run(() -> this.snapshots.rebuild(deleted.page()));
	}

	@EventListener
	void rerender(ComponentStatusChanged changed) {
		AfterCommit.run(() -> this.snapshots.rebuild(changed.page()));
	}

	private void touch(PageId page) {
		this.pages.touch(page, this.clock.instant());
	}

}
