package dev.sharpend.identity;

/** Whether single sign-on is offered on the sign-in page. */
public interface SingleSignOn {

	boolean enabled();

}
