package dev.sharpend.identity;

import dev.sharpend.system.RequestRejected;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords (bcrypt, through a delegating encoder so the scheme can
 * move on).
 */
@Component
class Passwords {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final int minLength;

	Passwords(IdentityProperties properties) {
		this.minLength = properties.passwordMinLength();
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

	String hash(String field, String password) {
		if (password == null || password.length() < this.minLength) {
			throw RequestRejected.invalid(field, "Use a password of at least " + this.minLength + " characters.");
		}
		if (password.length() > 200) {
			throw RequestRejected.invalid(field, "Use a password of at most 200 characters.");
		}
		return this.encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return password != null && hash != null && this.encoder.matches(password, hash);
	}

}
