package dev.sharpend.provider;

import java.net.URI;
import java.time.Duration;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.ControlCharacters;
import dev.sharpend.system.RequestRejected;

/** The checks a provider's fields pass before the register keeps them. */
final class ProviderInput {

	static final int NAME = 200;

	static final int NOTE = 4000;

	static final int ADDRESS = 2000;

	private ProviderInput() {
	}

	static String name(String name) {
		String stripped = (name == null) ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw RequestRejected.invalid("name", "Give the provider a name.");
		}
		return text("name", stripped, NAME);
	}

	/** Free text up to {@code max} characters, stripped. */
	static String text(String field, String text, int max) {
		ControlCharacters.check(field, text);
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw RequestRejected.invalid(field, "Keep this under " + max + " characters.");
		}
		return stripped;
	}

	/**
	 * Product, location or region names: one line each, and all of them together short
	 * enough to keep.
	 */
	static Set<String> names(String field, Set<String> names) {
		for (String name : names) {
			ControlCharacters.check(field, name);
			if (name.contains("\n") || name.contains("\r") || name.length() > NAME) {
				throw RequestRejected.invalid(field, "Give each name on one line, under " + NAME + " characters.");
			}
		}
		if (String.join("\n", names).length() > ADDRESS) {
			throw RequestRejected.invalid(field,
					"Name fewer of them: together they must stay under " + ADDRESS + " characters.");
		}
		return names;
	}

	/**
	 * How often a status feed is read: at least a minute (pages are served to many
	 * readers, and a minute is the finest any of them updates), at most a day.
	 */
	static @Nullable Duration interval(@Nullable Duration interval) {
		if (interval != null && (interval.compareTo(ProviderProperties.MIN_INTERVAL) < 0
				|| interval.compareTo(Duration.ofDays(1)) > 0)) {
			throw RequestRejected.invalid("statusPollIntervalSeconds",
					"Read a status feed every 60 to 86400 seconds; leave it empty for the default.");
		}
		return interval;
	}

	/**
	 * An absolute http or https address without credentials in it, or null for none.
	 */
	static @Nullable String address(String field, @Nullable String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String stripped = text(field, address, ADDRESS);
		try {
			URI uri = new URI(stripped);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
				throw RequestRejected.invalid(field,
						"Give a full http or https address, such as https://status.example.com.");
			}
			if (uri.getRawUserInfo() != null) {
				throw RequestRejected.invalid(field,
						"Leave credentials out of the address; record where they are kept instead.");
			}
			return stripped;
		}
		catch (URISyntaxException ex) {
			throw RequestRejected.invalid(field, "This is not a valid address: " + ex.getReason() + ".");
		}
	}

}
