package dev.sharpend.secret;

import org.springframework.modulith.NamedInterface;

/**
 * A stored secret could not be decrypted: the master key in use is not the one it was
 * sealed with, or its stored bytes were altered or copied from another row. The message
 * never contains any part of the value.
 */
@NamedInterface("api")
public class SecretUnreadable extends IllegalStateException {

	private final String reason;

	SecretUnreadable(String reason) {
		this("The secret cannot be decrypted", reason);
	}

	SecretUnreadable(String what, String reason) {
		super(what + ": " + reason);
		this.reason = reason;
	}

	/** Why, without naming the secret. */
	String reason() {
		return this.reason;
	}

}
