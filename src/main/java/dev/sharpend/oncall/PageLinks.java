package dev.sharpend.oncall;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One-click links in a page: signed for one recipient, one page and one action, and
 * expiring, so a forwarded or guessed link does nothing but what it says, for a while.
 */
@Component
class PageLinks {

	private static final int BODY = 16 + 16 + 1 + 8;

	private final LinkKey key;

	private final PagingProperties properties;

	private final SharpendProperties sharpend;

	private final Environment environment;

	private final Clock clock;

	PageLinks(LinkKey key, PagingProperties properties, SharpendProperties sharpend, Environment environment,
			Clock clock) {
		this.key = key;
		this.properties = properties;
		this.sharpend = sharpend;
		this.environment = environment;
		this.clock = clock;
	}

	/** What a link does. */
	enum Action {

		/** Acknowledges the group. */
		ACKNOWLEDGE,

		/** Resolves the group. */
		RESOLVE

	}

	/**
	 * What a valid link grants.
	 *
	 * @param page the page it came with
	 * @param person the recipient, who acts
	 * @param action what it does
	 */
	record Grant(UUID page, UserId person, Action action) {
	}

	String url(Page page, Action action) {
		return base() + "/page/"
				+ token(page.id(), page.person(), action, this.clock.instant().plus(this.properties.linkValidity()));
	}

	String base() {
		return this.sharpend.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080));
	}

	String token(UUID page, UserId person, Action action, Instant expires) {
		ByteBuffer body = ByteBuffer.allocate(BODY);
		body.putLong(page.getMostSignificantBits()).putLong(page.getLeastSignificantBits());
		body.putLong(person.value().getMostSignificantBits()).putLong(person.value().getLeastSignificantBits());
		body.put((byte) action.ordinal());
		body.putLong(expires.getEpochSecond());
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString(body.array()) + "." + encoder.encodeToString(sign(body.array()));
	}

	/**
	 * The grant of a link.
	 * @throws PageLinkRefused when the token was altered, made with another key, or
	 * expired
	 */
	Grant verify(String token) {
		int dot = token.indexOf('.');
		byte[] body;
		byte[] signature;
		try {
			body = Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0)));
			signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new PageLinkRefused(false);
		}
		if (dot <= 0 || body.length != BODY || !MessageDigest.isEqual(sign(body), signature)) {
			throw new PageLinkRefused(false);
		}
		ByteBuffer read = ByteBuffer.wrap(body);
		UUID page = new UUID(read.getLong(), read.getLong());
		UserId person = new UserId(new UUID(read.getLong(), read.getLong()));
		int action = read.get();
		Instant expires = Instant.ofEpochSecond(read.getLong());
		if (action < 0 || action >= Action.values().length) {
			throw new PageLinkRefused(false);
		}
		if (!this.clock.instant().isBefore(expires)) {
			throw new PageLinkRefused(true);
		}
		return new Grant(page, person, Action.values()[action]);
	}

	private byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.bytes(), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
