package dev.sharpend.search;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link SearchIndexChanged} in the publisher's transaction, so the change
 * reaches every node's index exactly when (and only if) the data it names is committed.
 */
@Component
class SearchChangeRecorder {

	private final SearchChangeRepository changes;

	private final Clock clock;

	SearchChangeRecorder(SearchChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@EventListener
	void on(SearchIndexChanged changed) {
		this.changes.insert(changed.type(), changed.id(), this.clock.instant());
	}

}
