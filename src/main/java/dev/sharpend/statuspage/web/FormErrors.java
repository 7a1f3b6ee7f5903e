package dev.sharpend.statuspage.web;

import java.util.Arrays;

import dev.sharpend.system.RequestRejected;

/**
 * The one rejected form on an editor page, so that its message shows beside the field it
 * names, in the form that was sent (the page holds many forms with the same field names).
 *
 * @param form the name of the form that was sent, or null
 * @param field the field the message is about, or null for the whole form
 * @param message what to do
 */
record FormErrors(String form, String field, String message) {

	static final FormErrors NONE = new FormErrors(null, null, null);

	static FormErrors of(String form, RequestRejected ex) {
		return new FormErrors(form, ex.field(), ex.getMessage());
	}

	/** Whether this form was the one sent and rejected. */
	public boolean failed(String form) {
		return form.equals(this.form);
	}

	/** The message for a field of a form, or null. */
	public String at(String form, String field) {
		return (failed(form) && field.equals(this.field)) ? this.message : null;
	}

	/**
	 * The message for a form when it names none of the fields listed (comma-separated)
	 * beside which the form shows messages itself.
	 */
	public String other(String form, String shownFields) {
		if (!failed(form)) {
			return null;
		}
		boolean shown = this.field != null && Arrays.asList(shownFields.split(",")).contains(this.field);
		return shown ? null : this.message;
	}

}
