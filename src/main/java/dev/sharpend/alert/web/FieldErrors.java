package dev.sharpend.alert.web;

import java.util.Arrays;

import dev.sharpend.system.RequestRejected;

/**
 * The rejection of a form, so its message shows beside the field it names.
 *
 * @param field the field the message is about, or null for the whole form
 * @param message what to do, or null when nothing was rejected
 */
record FieldErrors(String field, String message) {

	static final FieldErrors NONE = new FieldErrors(null, null);

	static FieldErrors of(RequestRejected ex) {
		return new FieldErrors(ex.field(), ex.getMessage());
	}

	/** The message for a field, or null. */
	public String at(String name) {
		return (this.message != null && name.equals(this.field)) ? this.message : null;
	}

	/** The message when it names none of the fields (comma-separated) shown with one. */
	public String other(String shownFields) {
		if (this.message == null) {
			return null;
		}
		return (this.field != null && Arrays.asList(shownFields.split(",")).contains(this.field)) ? null : this.message;
	}

}
