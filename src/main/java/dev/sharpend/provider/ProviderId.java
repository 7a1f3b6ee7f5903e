package dev.sharpend.provider;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** Identifies a provider in the register. */
@NamedInterface("api")
public record ProviderId(UUID value) {

	public static ProviderId random() {
		return new ProviderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
