package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;

import dev.sharpend.identity.UserId;

/**
 * Turns a page to one person into notifications by the person's own rules and contact
 * methods.
 */
interface PageNotifier {

	/**
	 * When and how to notify the person of a page of this urgency raised at {@code at}.
	 * Never empty: a person without usable rules is e-mailed at their account address at
	 * once.
	 */
	List<PlannedContact> plan(UserId person, Urgency urgency, Instant at);

	/**
	 * Queues one notification through the outbox, in the caller's transaction.
	 * @param contact one of the contacts {@link #plan} returned for the person
	 */
	void send(UserId person, PlannedContact contact, PageMessage message);

}
