package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.sharpend.identity.UserId;
import dev.sharpend.notify.Channel;
import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.notify.PersonalTarget;
import dev.sharpend.oncall.ContactMethodRepository.Challenge;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's contact methods: added unverified, verified by a six-digit code the method
 * itself carries (or, for e-mail, a link), removed. Codes expire after 15 minutes and
 * allow five wrong tries; only hashes are kept.
 */
@Service
@Transactional
public class ContactMethods {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	static final int MAX_TRIES = 5;

	private static final int MAX_METHODS = 20;

	private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ContactMethodRepository methods;

	private final PageDeliveries deliveries;

	private final Secrets secrets;

	private final PersonalLinks links;

	private final Clock clock;

	ContactMethods(ContactMethodRepository methods, PageDeliveries deliveries, Secrets secrets, PersonalLinks links,
			Clock clock) {
		this.methods = methods;
		this.deliveries = deliveries;
		this.secrets = secrets;
		this.links = links;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ContactMethod> of(UserId user) {
		return this.methods.of(user);
	}

	/** The kinds a person may add now: SMS and voice only with a Twilio account. */
	public List<ContactKind> kinds() {
		boolean twilio = this.deliveries.twilioConfigured();
		return java.util.Arrays.stream(ContactKind.values()).filter((k) -> twilio || !k.phone()).toList();
	}

	/**
	 * Adds an unverified method and sends it a verification code.
	 * @return the method, and for a webhook its signing secret (shown this once)
	 */
	public Added add(UserId user, @Nullable String kindCode, @Nullable String address) {
		ContactKind kind = WireCode.find(ContactKind.class, String.valueOf(kindCode))
			.filter(kinds()::contains)
			.orElseThrow(() -> RequestRejected.invalid("kind",
					"Choose a kind: " + String.join(", ", kinds().stream().map(ContactKind::code).toList())
							+ (this.deliveries.twilioConfigured() ? "." : " (SMS and voice need a Twilio account).")));
		if (this.methods.of(user).size() >= MAX_METHODS) {
			throw RequestRejected.conflict("kind", "A person has at most " + MAX_METHODS + " contact methods.");
		}
		String given = (address != null) ? address.strip() : "";
		String shown;
		SecretRef secret = null;
		String signingSecret = null;
		if (kind == ContactKind.EMAIL) {
			shown = this.deliveries.checkedEmail(given, "address");
		}
		else if (kind.phone()) {
			shown = checkedPhone(given);
		}
		else {
			String url = this.deliveries.checkedUrl(given, "address");
			shown = kind.sealedUrl() ? this.deliveries.redacted(url) : url;
			signingSecret = (kind == ContactKind.WEBHOOK) ? "whsec_" + token() : null;
			secret = this.secrets.seal("oncall.contact." + kind.code(), (signingSecret != null) ? signingSecret : url);
		}
		ContactMethod method = new ContactMethod(UUID.randomUUID(), user, kind, shown, secret, null, null, null,
				this.clock.instant());
		this.methods.insert(method);
		challenge(method);
		return new Added(method, signingSecret);
	}

	/**
	 * Sends a new code (and for e-mail a new link), replacing the previous one; also to a
	 * failing method, whose new verification clears the failure.
	 */
	public void resend(UserId user, UUID id) {
		ContactMethod method = require(user, id);
		if (method.verified() && !method.failing()) {
			throw RequestRejected.conflict("code", "This contact method is already verified.");
		}
		challenge(method);
	}

	/**
	 * Verifies a method by the code it received. Wrong tries are counted even though the
	 * request is refused.
	 */
	@Transactional(noRollbackFor = RequestRejected.class)
	public ContactMethod verify(UserId user, UUID id, @Nullable String code) {
		ContactMethod method = require(user, id);
		if (method.verified() && !method.failing()) {
			return method;
		}
		Challenge challenge = this.methods.challenge(id).orElseThrow();
		Instant now = this.clock.instant();
		if (challenge.codeHash() == null || challenge.expiresAt() == null || !now.isBefore(challenge.expiresAt())) {
			throw RequestRejected.invalid("code", "The code has expired; send a new one.");
		}
		if (challenge.attempts() >= MAX_TRIES) {
			throw RequestRejected.invalid("code", "Too many wrong codes; send a new one.");
		}
		String typed = (code != null) ? code.replaceAll("\\s", "") : "";
		if (!MessageDigest.isEqual(hash(id + ":" + typed).getBytes(StandardCharsets.UTF_8),
				challenge.codeHash().getBytes(StandardCharsets.UTF_8))) {
			this.methods.challenge(id, new Challenge(challenge.codeHash(), challenge.linkHash(), challenge.expiresAt(),
					challenge.attempts() + 1));
			int left = MAX_TRIES - challenge.attempts() - 1;
			throw RequestRejected.invalid("code", "That code is wrong; "
					+ ((left > 0) ? left + ((left == 1) ? " try" : " tries") + " left." : "send a new one."));
		}
		this.methods.verified(id, now);
		this.methods.working(id);
		return this.methods.find(id).orElseThrow();
	}

	/**
	 * Verifies an e-mail method by the link mailed to it; empty when it is unknown or
	 * expired.
	 */
	public Optional<ContactMethod> verifyByLink(String token) {
		Instant now = this.clock.instant();
		return this.methods.findByLink(hash(token))
			.filter((m) -> this.methods.challenge(m.id()).map(Challenge::expiresAt).filter(now::isBefore).isPresent())
			.map((m) -> {
				this.methods.verified(m.id(), now);
				return this.methods.find(m.id()).orElseThrow();
			});
	}

	/** Removes a method, the rules using it and its sealed secret. */
	public void remove(UserId user, UUID id) {
		ContactMethod method = require(user, id);
		this.methods.delete(id);
		if (method.secret() != null) {
			this.secrets.destroy(method.secret());
		}
	}

	@Transactional(readOnly = true)
	public ContactMethod require(UserId user, UUID id) {
		return this.methods.find(id)
			.filter((m) -> m.user().equals(user))
			.orElseThrow(() -> RequestRejected.notFound("There is no such contact method."));
	}

	/** The person whose verified SMS method has this number, if exactly one has. */
	@Transactional(readOnly = true)
	public Optional<UserId> bySmsNumber(String number) {
		return only(this.methods.verified(ContactKind.SMS, number));
	}

	/** The person whose verified voice method has this number, if exactly one has. */
	@Transactional(readOnly = true)
	public Optional<UserId> byVoiceNumber(String number) {
		return only(this.methods.verified(ContactKind.VOICE, number));
	}

	private static Optional<UserId> only(List<ContactMethod> found) {
		List<UserId> people = found.stream().map(ContactMethod::user).distinct().toList();
		return (people.size() == 1) ? Optional.of(people.get(0)) : Optional.empty();
	}

	private void challenge(ContactMethod method) {
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		String link = (method.kind() == ContactKind.EMAIL) ? token() : null;
		this.methods.challenge(method.id(), new Challenge(hash(method.id() + ":" + code),
				(link != null) ? hash(link) : null, this.clock.instant().plus(CODE_LIFETIME), 0));
		String text = "Your Sharpend verification code is " + code + ". It expires in 15 minutes.";
		if (link != null) {
			text += "\n\nOr open this link to verify the address: " + this.links.verify(link);
		}
		this.deliveries.note(method.target(), "Your Sharpend verification code", text, "contact.verify");
	}

	static String checkedPhone(String given) {
		String number = given.replaceAll("[\\s().-]", "");
		if (!PHONE.matcher(number).matches()) {
			throw RequestRejected.invalid("address",
					"Give the phone number in international form, such as +447700900123.");
		}
		return number;
	}

	/** A person's account address, as a target. */
	static PersonalTarget account(String email) {
		return new PersonalTarget(Channel.EMAIL, email, null, null);
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new method.
	 *
	 * @param method the method, not yet verified
	 * @param signingSecret the webhook's signing secret, shown once; null for other kinds
	 */
	public record Added(ContactMethod method, @Nullable String signingSecret) {
	}

}
