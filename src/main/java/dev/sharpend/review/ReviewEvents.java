package dev.sharpend.review;

import dev.sharpend.search.SearchIndexChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a review change for the audit log and tells the search index what changed.
 */
@Component
class ReviewEvents {

	private final ApplicationEventPublisher events;

	ReviewEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	void review(String action, long review, String summary) {
		this.events.publishEvent(new ReviewChanged(action, review, summary));
		this.events.publishEvent(new SearchIndexChanged(ReviewSearch.REVIEW, Long.toString(review)));
	}

	void factor(String action, long review, long factor, String summary) {
		review(action, review, "factor=" + factor + ", " + summary);
		this.events.publishEvent(new SearchIndexChanged(ReviewSearch.FACTOR, Long.toString(factor)));
	}

	void action(String action, long review, long item, String summary) {
		review(action, review, "action_item=" + item + ", " + summary);
		this.events.publishEvent(new SearchIndexChanged(ReviewSearch.ACTION_ITEM, Long.toString(item)));
	}

	void indexed(String type, long id) {
		this.events.publishEvent(new SearchIndexChanged(type, Long.toString(id)));
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

}
