package dev.sharpend.oncall;

import dev.sharpend.identity.UserId;

/**
 * What a person's reply to a page does, such as {@code 4} or {@code 6} answered to an
 * SMS: it acts on the alert group of the person's latest page that is still open.
 */
interface PageReplies {

	/**
	 * Acknowledges or resolves the group of the person's latest open page.
	 * @param resolve whether to resolve rather than acknowledge
	 * @return the answer to send back, such as {@code Acknowledged #42 HighLatency}, or a
	 * sentence saying there was nothing to act on
	 */
	String reply(UserId person, boolean resolve);

}
