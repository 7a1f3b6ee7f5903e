package dev.sharpend.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.PageId;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribers of status pages: e-mail addresses with double opt-in, signed webhooks and
 * chat webhooks. Webhook signing secrets and chat URLs (which are credentials) are kept
 * sealed.
 */
@Service
@Transactional
public class Subscriptions {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Duration RESEND_AFTER = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriberRepository subscribers;

	private final DeliveryRepository deliveries;

	private final StatusPages pages;

	private final Secrets secrets;

	private final Outbox outbox;

	private final MailComposer mails;

	private final ApplicationEventPublisher events;

	private final OutboundTargets targets;

	private final Clock clock;

	Subscriptions(SubscriberRepository subscribers, DeliveryRepository deliveries, StatusPages pages, Secrets secrets,
			Outbox outbox, MailComposer mails, ApplicationEventPublisher events, OutboundTargets targets, Clock clock) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.pages = pages;
		this.secrets = secrets;
		this.outbox = outbox;
		this.mails = mails;
		this.events = events;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * A subscription from the public form: sends a confirmation mail. Answers the same
	 * whether or not the address is already subscribed, so the form reveals nothing.
	 */
	public void subscribe(PageId page, String email, Set<String> components) {
		StatusPage statusPage = this.pages.require(page);
		String address = checkedEmail(email);
		Set<String> chosen = checkedComponents(page, components);
		Optional<Subscriber> existing = this.subscribers.find(page, Channel.EMAIL, address);
		if (existing.isPresent()) {
			Subscriber s = existing.get();
			Instant last = s.confirmationMailedAt();
			if (!s.confirmed() && (last == null || last.plus(RESEND_AFTER).isBefore(this.clock.instant()))) {
				mailConfirmation(statusPage, s);
			}
			return;
		}
		Subscriber created = create(page, Channel.EMAIL, address, null, chosen, false);
		mailConfirmation(statusPage, created);
		this.events.publishEvent(new SubscriberAdded(page, created.id(), Channel.EMAIL, "via=subscribe form"));
	}

	/**
	 * Adds a subscriber for an administrator; the webhook secret is in the result once.
	 */
	public Added add(PageId page, NewSubscriber request) {
		StatusPage statusPage = this.pages.require(page);
		if (request.channel() == null) {
			throw RequestRejected.invalid("type", "Choose a type: email, webhook, slack, mattermost or teams.");
		}
		Set<String> chosen = checkedComponents(page, request.components());
		Subscriber created;
		String secret = null;
		if (request.channel() == Channel.EMAIL) {
			String address = checkedEmail(request.target());
			refuseDuplicate(page, Channel.EMAIL, address);
			created = create(page, Channel.EMAIL, address, null, chosen, request.skipConfirmation());
			if (!request.skipConfirmation()) {
				mailConfirmation(statusPage, created);
			}
		}
		else {
			String url = checkedUrl(request.target());
			String shown = (request.channel() == Channel.WEBHOOK) ? url : redacted(url);
			refuseDuplicate(page, request.channel(), shown);
			secret = (request.channel() == Channel.WEBHOOK) ? "whsec_" + randomToken() : null;
			SecretRef ref = this.secrets.seal("notify." + request.channel().code() + "." + page,
					(secret != null) ? secret : url);
			created = create(page, request.channel(), shown, ref, chosen, true);
		}
		this.events.publishEvent(new SubscriberAdded(page, created.id(), created.channel(),
				"components=" + (chosen.isEmpty() ? "all" : String.join(" ", chosen))));
		return new Added(created, secret);
	}

	@Transactional(readOnly = true)
	public List<Subscriber> list(PageId page) {
		this.pages.require(page);
		return this.subscribers.findByPage(page);
	}

	public void remove(PageId page, String id) {
		Subscriber subscriber = this.subscribers.findById(id)
			.filter((s) -> s.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no subscriber " + id + " on this page."));
		delete(subscriber, "removed");
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> byToken(String token) {
		return (token == null || token.length() > 64) ? Optional.empty() : this.subscribers.findByToken(token);
	}

	/** Confirms the subscription a confirmation link names; false if there is none. */
	public boolean confirm(String token) {
		Optional<Subscriber> subscriber = byToken(token);
		subscriber.filter((s) -> this.subscribers.confirm(s.id(), this.clock.instant()))
			.ifPresent((s) -> this.events.publishEvent(new SubscriberConfirmed(s.page(), s.id(), s.channel(), null)));
		return subscriber.isPresent();
	}

	/** Ends the subscription an unsubscribe link names; false if there is none. */
	public boolean unsubscribe(String token) {
		Optional<Subscriber> subscriber = byToken(token);
		subscriber.ifPresent((s) -> delete(s, "unsubscribed"));
		return subscriber.isPresent();
	}

	private void delete(Subscriber subscriber, String how) {
		this.deliveries.deleteBySubscriber(subscriber.id());
		this.subscribers.delete(subscriber.id());
		if (subscriber.secret() != null) {
			this.secrets.destroy(subscriber.secret());
		}
		this.events.publishEvent(
				new SubscriberRemoved(subscriber.page(), subscriber.id(), subscriber.channel(), "how=" + how));
	}

	private Subscriber create(PageId page, Channel channel, String target, SecretRef secret, Set<String> components,
			boolean confirmed) {
		Instant now = this.clock.instant();
		Subscriber subscriber = new Subscriber(SubscriberRepository.newId(), page, channel, target, randomToken(),
				secret, confirmed ? now : null, components, now, null);
		this.subscribers.insert(subscriber);
		return subscriber;
	}

	private void mailConfirmation(StatusPage page, Subscriber subscriber) {
		this.outbox.enqueue(Channel.EMAIL, subscriber.target(), subscriber.id(), "subscription.confirm",
				this.mails.confirmation(page, subscriber));
		this.subscribers.confirmationMailed(subscriber.id(), this.clock.instant());
	}

	private void refuseDuplicate(PageId page, Channel channel, String target) {
		if (this.subscribers.find(page, channel, target).isPresent()) {
			throw RequestRejected.conflict("target", "This page already has that " + channel.code() + " subscriber.");
		}
	}

	private Set<String> checkedComponents(PageId page, Set<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return Set.of();
		}
		Set<String> known = this.pages.components(page).stream().map((c) -> c.id().value()).collect(Collectors.toSet());
		Set<String> chosen = new LinkedHashSet<>();
		for (String id : requested) {
			if (!known.contains(id)) {
				throw RequestRejected.invalid("components", "\"" + id + "\" is not a component of this page.");
			}
			chosen.add(id);
		}
		return chosen;
	}

	static String checkedEmail(String email) {
		String address = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw RequestRejected.invalid("email", "Give an e-mail address such as ada@example.com.");
		}
		return address;
	}

	private String checkedUrl(String url) {
		return this.targets.checkSaved(url, "target").toString();
	}

	/**
	 * Chat webhook URLs carry their credential in the path, so only a prefix is shown.
	 */
	static String redacted(String url) {
		java.net.URI uri = java.net.URI.create(url);
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String fingerprint = HexFormat.of().formatHex(Hmac.sha256(url.getBytes(StandardCharsets.UTF_8)), 0, 4);
		return uri.getScheme() + "://" + uri.getRawAuthority() + path.substring(0, Math.min(path.length(), 12)) + "… ("
				+ fingerprint + ")";
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The component groups and components a subscriber may choose from. */
	@Transactional(readOnly = true)
	public List<Component> components(PageId page) {
		return this.pages.components(page);
	}

	/**
	 * A subscriber just added.
	 *
	 * @param subscriber the subscriber
	 * @param secret the webhook signing secret, shown once; null for other channels
	 */
	public record Added(Subscriber subscriber, String secret) {
	}

}
