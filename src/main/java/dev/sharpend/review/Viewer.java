package dev.sharpend.review;

/**
 * Who reads or edits a review: personal accounts, drafts and who may appoint the
 * facilitator depend on it.
 *
 * @param name the caller's name (their e-mail address)
 * @param mayWrite whether they hold review:write (and so may read drafts)
 * @param administrator whether they hold user:admin (and so may appoint any facilitator)
 */
public record Viewer(String name, boolean mayWrite, boolean administrator) {

	public Viewer(String name, boolean mayWrite) {
		this(name, mayWrite, false);
	}

}
