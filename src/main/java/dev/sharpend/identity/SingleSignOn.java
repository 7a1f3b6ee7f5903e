package dev.sharpend.identity;

/** Whether single sign-on is offered on the sign-in page, and under which name. */
public interface SingleSignOn {

	boolean enabled();

	/** The text of the sign-in button. */
	String label();

}
