package dev.sharpend.identity;

import java.util.UUID;

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

	@Override
	public String toString() {
		return this.value.toString();
	}

}
