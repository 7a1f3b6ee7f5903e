package dev.sharpend.secret;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;

import dev.sharpend.secret.SecretRepository.StoredSecret;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores credentials that Sharpend must read back (single sign-on client secret, SMTP
 * password, webhook signing secrets, chat tokens), encrypted with AES-256-GCM under a
 * random data key per secret, itself wrapped by the master key. The master key never
 * enters the database.
 * <p>
 * A module seals a value, keeps the returned {@link SecretRef} in its own table and opens
 * it when needed:
 *
 * <pre class="code">
 * SecretRef ref = secrets.seal("identity.oidc.client-secret", clientSecret);
 * // store ref.value() in a uuid column; later:
 * String clientSecret = secrets.open(ref);
 * </pre>
 *
 * Values are never logged and never appear in exceptions or audit summaries. Each write
 * publishes an event ({@link SecretSealed}, {@link SecretResealed},
 * {@link SecretDestroyed}) that the audit log records with the purpose only, in the
 * caller's transaction.
 */
@Service
@Transactional
@NamedInterface("api")
public class Secrets {

	private static final int MAX_PURPOSE_LENGTH = 100;

	private final SecretRepository secrets;

	private final MasterKey masterKey;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Secrets(SecretRepository secrets, MasterKey masterKey, ApplicationEventPublisher events, Clock clock) {
		this.secrets = secrets;
		this.masterKey = masterKey;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Encrypts and stores a value. Sealing the same value twice gives two different
	 * secrets with unrelated ciphertexts.
	 * @param purpose what the secret is for, stored in clear to help operators, such as
	 * {@code identity.oidc.client-secret} (1 to 100 characters; never the value itself)
	 * @param plaintext the value to protect; may be empty, not null
	 * @return the reference to store in place of the value
	 * @throws IllegalArgumentException if the purpose or value is missing
	 */
	public SecretRef seal(String purpose, String plaintext) {
		String cleanPurpose = checkPurpose(purpose);
		SecretRef ref = new SecretRef(UUID.randomUUID());
		Envelope.Sealed sealed = Envelope.seal(this.masterKey, ref.value(), bytes(plaintext));
		this.secrets.insert(new StoredSecret(ref.value(), cleanPurpose, sealed), this.clock.instant());
		this.events.publishEvent(new SecretSealed(ref, cleanPurpose));
		return ref;
	}

	/**
	 * Decrypts a stored value.
	 * @param ref a reference {@link #seal(String, String)} returned
	 * @return the value as sealed or last resealed
	 * @throws NoSuchElementException if there is no such secret (never sealed, or
	 * destroyed)
	 * @throws SecretUnreadable if its stored bytes were altered, were copied from another
	 * secret, or belong to another master key
	 */
	@Transactional(readOnly = true)
	public String open(SecretRef ref) {
		StoredSecret stored = find(ref);
		try {
			return new String(Envelope.open(this.masterKey, ref.value(), stored.sealed()), StandardCharsets.UTF_8);
		}
		catch (SecretUnreadable ex) {
			throw new SecretUnreadable("Secret " + ref + " (" + stored.purpose() + ") cannot be decrypted",
					ex.reason());
		}
	}

	/**
	 * Replaces a secret's value, keeping its reference, under a new data key.
	 * @throws NoSuchElementException if there is no such secret
	 * @throws IllegalArgumentException if the value is null
	 */
	public void reseal(SecretRef ref, String plaintext) {
		byte[] value = bytes(plaintext);
		StoredSecret stored = find(ref);
		Envelope.Sealed sealed = Envelope.seal(this.masterKey, ref.value(), value);
		this.secrets.replace(ref.value(), sealed, this.clock.instant());
		this.events.publishEvent(new SecretResealed(ref, stored.purpose()));
	}

	/**
	 * Deletes a secret for good. Destroying a secret that does not exist does nothing, so
	 * a caller may destroy whatever reference it held without checking first.
	 */
	public void destroy(SecretRef ref) {
		this.secrets.find(ref.value()).ifPresent((stored) -> {
			this.secrets.delete(ref.value());
			this.events.publishEvent(new SecretDestroyed(ref, stored.purpose()));
		});
	}

	private StoredSecret find(SecretRef ref) {
		return this.secrets.find(ref.value())
			.orElseThrow(() -> new NoSuchElementException("There is no secret " + ref));
	}

	private static String checkPurpose(String purpose) {
		String clean = (purpose != null) ? purpose.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_PURPOSE_LENGTH) {
			throw new IllegalArgumentException("A secret's purpose must be 1 to 100 characters");
		}
		return clean;
	}

	private static byte[] bytes(String plaintext) {
		if (plaintext == null) {
			throw new IllegalArgumentException("A secret's value must not be null");
		}
		return plaintext.getBytes(StandardCharsets.UTF_8);
	}

}
