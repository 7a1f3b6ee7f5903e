package dev.sharpend.oncall;

import java.time.Instant;

/**
 * An acknowledgement of a paged alert group ran out before the group resolved: the group
 * is triggered again and its escalation started over at step 1.
 *
 * @param group the alert group
 * @param acknowledgedBy who had acknowledged it
 * @param minutes how long the acknowledgement held
 * @param at when it timed out
 */
record AcknowledgementTimedOut(long group, String acknowledgedBy, long minutes, Instant at) {

	/** The event in words, as the group's paging shows it. */
	String text() {
		return "Acknowledgement by " + sentence();
	}

	/** The event in words on an incident's timeline, after the group's name. */
	String text(String group) {
		return group + ": acknowledgement by " + sentence();
	}

	private String sentence() {
		return this.acknowledgedBy + " timed out after " + this.minutes + " min; paging again.";
	}

}
