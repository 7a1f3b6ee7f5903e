package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PersonalTarget;
import dev.sharpend.secret.SecretRef;
import org.jspecify.annotations.Nullable;

/**
 * One way of reaching a person when they are paged.
 *
 * @param id the method's id
 * @param user whose it is
 * @param kind how it reaches them
 * @param address what may be shown: the e-mail address, phone number, webhook URL, or for
 * chat and ntfy a shortened URL (the full URL is sealed)
 * @param secret the sealed chat or ntfy URL, or the webhook's signing secret
 * @param verifiedAt when the person proved it reaches them; unverified methods are never
 * paged
 * @param failingSince since when messages to it are dead, or null
 * @param failure why the last one failed, or null
 * @param createdAt when it was added
 */
public record ContactMethod(UUID id, UserId user, ContactKind kind, String address, @Nullable SecretRef secret,
		@Nullable Instant verifiedAt, @Nullable Instant failingSince, @Nullable String failure, Instant createdAt) {

	public boolean verified() {
		return this.verifiedAt != null;
	}

	public boolean failing() {
		return this.failingSince != null;
	}

	/** How pages and rules name it, such as {@code SMS +447700900123}. */
	public String label() {
		return this.kind.label() + " " + this.address;
	}

	/** The id deliveries carry, for dead ones to be traced back to the method. */
	String receiver() {
		return receiver(this.id);
	}

	static String receiver(UUID id) {
		return id.toString().replace("-", "");
	}

	PersonalTarget target() {
		return new PersonalTarget(this.kind.channel(), this.address, receiver(), this.secret);
	}

}
