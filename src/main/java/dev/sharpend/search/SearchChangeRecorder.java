package dev.sharpend.search;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link SearchIndexChanged} once the publisher's transaction committed
 * (and only then), so every node's index picks the change up; a failure here is retried
 * and never fails the change itself.
 */
@Component
class SearchChangeRecorder {

	private final SearchChangeRepository changes;

	private final Clock clock;

	SearchChangeRecorder(SearchChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SearchIndexChanged changed) {
		this.changes.insert(changed.type(), changed.id(), this.clock.instant());
	}

}
