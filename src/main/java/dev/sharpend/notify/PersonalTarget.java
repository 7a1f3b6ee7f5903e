package dev.sharpend.notify;

import dev.sharpend.secret.SecretRef;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Where a message to one person goes: a contact method of theirs, or their account
 * address.
 *
 * @param channel how it is sent
 * @param address the e-mail address, phone number (E.164) or webhook URL; for chat and
 * ntfy what may be shown of the URL
 * @param receiver the contact method's id (32 hex digits), or null for the account
 * address; dead deliveries are reported with it
 * @param secret the sealed chat or ntfy URL, or the webhook's sealed signing secret; null
 * for e-mail, SMS and voice
 */
@NamedInterface("api")
public record PersonalTarget(Channel channel, String address, @Nullable String receiver, @Nullable SecretRef secret) {

	/** The person's account e-mail address. */
	public static PersonalTarget accountEmail(String address) {
		return new PersonalTarget(Channel.EMAIL, address, null, null);
	}

}
