package dev.sharpend.review;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a review change for the audit log and names the search documents it made
 * stale.
 */
@Component
class ReviewEvents {

	private final ApplicationEventPublisher events;

	ReviewEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	void review(String action, long review, String summary) {
		this.events.publishEvent(new ReviewChanged(action, review, summary));
		indexed(ReviewSearch.REVIEW, review, review);
	}

	void factor(String action, long review, long factor, String summary) {
		review(action, review, "factor=" + factor + ", " + summary);
		indexed(ReviewSearch.FACTOR, review, factor);
	}

	void action(String action, long review, long item, String summary) {
		review(action, review, "action_item=" + item + ", " + summary);
		indexed(ReviewSearch.ACTION_ITEM, review, item);
	}

	void indexed(String type, long review, long id) {
		this.events.publishEvent(new ReviewIndexStale(review, type, id));
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

}
