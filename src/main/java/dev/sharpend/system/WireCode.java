package dev.sharpend.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An enum constant with a stable code, the name the API, the forms and the database use
 * for it (such as {@code in_progress}). The static methods find a constant by its code
 * and refuse an unknown code with the accepted ones listed, so every enum says so the
 * same way.
 */
public interface WireCode {

	/** The stable name on the wire and in storage. */
	String code();

	/** The constant of {@code type} with this code, if there is one. */
	static <E extends Enum<E> & WireCode> Optional<E> find(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter((c) -> c.code().equals(code)).findFirst();
	}

	/**
	 * The constant of {@code type} with this code.
	 * @param field the field the code came in, named in the refusal and its message
	 * @throws RequestRejected (invalid, naming {@code field}) for a missing or unknown
	 * code, listing the codes accepted
	 */
	static <E extends Enum<E> & WireCode> E parse(Class<E> type, String code, String field) {
		return parse(Arrays.asList(type.getEnumConstants()), code, field, field);
	}

	/**
	 * One of the {@code accepted} constants by its code.
	 * @param field the field the code came in, named in the refusal
	 * @param what what the code names, as the message says it (such as
	 * {@code component status})
	 * @throws RequestRejected (invalid, naming {@code field}) for a missing code or one
	 * that is not accepted, listing the codes accepted
	 */
	static <E extends WireCode> E parse(Collection<E> accepted, String code, String field, String what) {
		if (code == null || code.isBlank()) {
			throw RequestRejected.invalid(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
					+ " is missing; use one of " + codes(accepted) + ".");
		}
		return accepted.stream()
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> RequestRejected.invalid(field,
					"Unknown " + what + " \"" + code + "\"; use one of " + codes(accepted) + "."));
	}

	/** The codes, comma-separated in the given order, as messages list them. */
	static String codes(Collection<? extends WireCode> constants) {
		return String.join(", ", constants.stream().map(WireCode::code).toList());
	}

	/** All codes of {@code type} in declaration order, comma-separated. */
	static <E extends Enum<E> & WireCode> String codes(Class<E> type) {
		return codes(List.of(type.getEnumConstants()));
	}

}
