package dev.sharpend.search;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a recorded request for a full re-push of the documents and publishes
 * {@link SearchRebuildRequested}. The request is deleted in the transaction that
 * publishes the event, so exactly one node takes it, and the event registry delivers it
 * to each module even across a crash.
 */
@Component
class SearchRebuildRequests {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SearchRebuildRequests(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void take() {
		if (this.jdbc.sql("delete from search_rebuild_request").update() > 0) {
			this.events.publishEvent(new SearchRebuildRequested(this.clock.instant()));
		}
	}

}
