package dev.sharpend.oncall;

import jakarta.annotation.PreDestroy;

import dev.sharpend.system.WakeUp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs this node's poll as soon as a group's first step has fired, rather than at the
 * next tick, so that its page leaves at once. One thread sends for the node, so a storm's
 * pages do not queue for each other's per-person locks; wake-ups while it runs collapse
 * into one more run.
 */
@Component
class PagingWakeUp {

	private final WakeUp wakeUp;

	PagingWakeUp(ObjectProvider<PagingPoller> poller) {
		this.wakeUp = new WakeUp("paging-wake-up", () -> poller.getObject().runDue());
	}

	/** Wakes the poll once the caller's transaction committed. */
	void afterCommit() {
		this.wakeUp.afterCommit();
	}

	@PreDestroy
	void stop() {
		this.wakeUp.close();
	}

}
