package dev.sharpend.oncall;

/** A one-click page link that was altered, signed with another key, or expired. */
public final class PageLinkRefused extends RuntimeException {

	private final boolean expired;

	PageLinkRefused(boolean expired) {
		super(expired ? "This link has expired." : "This link is not valid.");
		this.expired = expired;
	}

	/** Whether the link was genuine but too old. */
	public boolean expired() {
		return this.expired;
	}

}
