package dev.sharpend.statuspage;

import dev.sharpend.system.RequestRejected;

/** The checks every editor input of the status page module goes through. */
public final class PageInputs {

	private PageInputs() {
	}

	/** The stripped value, rejected when blank or longer than {@code max}. */
	public static String required(String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw RequestRejected.invalid(field, "Give a " + field + " of 1 to " + max + " characters.");
		}
		return value.strip();
	}

	/** An http(s) URL of at most 500 characters, or null when blank. */
	public static String url(String url, String field) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String clean = url.strip();
		if (!(clean.startsWith("https://") || clean.startsWith("http://")) || clean.length() > 500
				|| clean.contains(" ")) {
			throw RequestRejected.invalid(field, "Give an http:// or https:// URL of at most 500 characters.");
		}
		return clean;
	}

}
