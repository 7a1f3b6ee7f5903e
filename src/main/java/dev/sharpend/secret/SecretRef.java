package dev.sharpend.secret;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Points at one sealed secret. Modules store it (as a {@code uuid} column) in their own
 * tables in place of the secret value and hand it to {@link Secrets#open(SecretRef)} when
 * they need the value. It reveals nothing about the value.
 *
 * @param value the secret's identifier
 */
@NamedInterface("api")
public record SecretRef(UUID value) {

	public SecretRef {
		if (value == null) {
			throw new IllegalArgumentException("A SecretRef needs a value");
		}
	}

	/** Parses the form {@link #toString()} gives. */
	public static SecretRef of(String value) {
		return new SecretRef(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
