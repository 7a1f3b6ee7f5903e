package dev.sharpend.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies a user. */
@NamedInterface("api")
public record UserId(UUID value) implements java.io.Serializable {

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	// JSON shows the id as its plain text, as every other id in the API is shown.
	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
