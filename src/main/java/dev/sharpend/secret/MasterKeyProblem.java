package dev.sharpend.secret;

/**
 * The master key is missing, malformed or not the one the database was encrypted with.
 * Start-up stops with {@link #getMessage() what is wrong} and {@link #action() what to
 * do}.
 */
class MasterKeyProblem extends RuntimeException {

	private final String action;

	MasterKeyProblem(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
