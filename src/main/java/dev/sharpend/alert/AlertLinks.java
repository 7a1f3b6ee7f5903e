package dev.sharpend.alert;

import java.net.URI;

/** Which values from an alert source are safe to put in an href. */
public final class AlertLinks {

	private AlertLinks() {
	}

	/**
	 * The value as a link when it is a plain http(s) address, else null: a source could
	 * send {@code javascript:} or {@code data:} addresses, which must never become links.
	 */
	public static String safe(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String candidate = url.strip();
		try {
			URI uri = URI.create(candidate);
			String scheme = uri.getScheme();
			boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
			return (web && uri.getHost() != null) ? candidate : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
