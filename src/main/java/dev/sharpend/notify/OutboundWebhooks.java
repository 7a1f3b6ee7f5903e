package dev.sharpend.notify;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound webhooks: URLs told about incident and alert group events with JSON signed by
 * a secret shown once and kept sealed. Messages go through the outbox, so they survive a
 * restart and are retried.
 */
@Service
@Transactional
public class OutboundWebhooks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WebhookEndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final OutboundTargets targets;

	private final Secrets secrets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboundWebhooks(WebhookEndpointRepository endpoints, DeliveryRepository deliveries, OutboundTargets targets,
			Secrets secrets, ApplicationEventPublisher events, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.targets = targets;
		this.secrets = secrets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a webhook.
	 * @param eventCodes event names such as {@code incident.declared}; empty or null for
	 * all
	 * @return the webhook and its signing secret, which is never shown again
	 */
	public Added add(String name, String url, Collection<String> eventCodes) {
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			throw RequestRejected.invalid("name", "Give the webhook a name of 1 to 100 characters.");
		}
		URI uri = this.targets.checkSaved(url, "url");
		Set<OutboundEvent> chosen = events(eventCodes);
		String secret = "whsec_" + randomToken();
		WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointRepository.newId(), cleanName, uri.toString(),
				chosen, this.secrets.seal("notify.webhook-endpoint", secret), this.clock.instant());
		this.endpoints.insert(endpoint);
		this.events.publishEvent(new WebhookEndpointCreated(endpoint.id(), cleanName, uri.getHost(), codes(chosen)));
		return new Added(endpoint, secret);
	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> list() {
		return this.endpoints.findAll();
	}

	@Transactional(readOnly = true)
	public WebhookEndpoint require(String id) {
		return this.endpoints.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no webhook " + id + "."));
	}

	/** The webhook's most recent deliveries, newest first. */
	@Transactional(readOnly = true)
	public List<Delivery> deliveries(String id) {
		require(id);
		return this.deliveries.findRecentBySubscriber(id, 50);
	}

	/** Removes a webhook, what it has not been sent yet, and its secret. */
	public void remove(String id) {
		WebhookEndpoint endpoint = require(id);
		this.deliveries.deleteBySubscriber(id);
		this.endpoints.delete(id);
		this.secrets.destroy(endpoint.secret());
		this.events.publishEvent(new WebhookEndpointRemoved(id, endpoint.name(), URI.create(endpoint.url()).getHost(),
				codes(endpoint.events())));
	}

	private static Set<OutboundEvent> events(Collection<String> codes) {
		Set<OutboundEvent> chosen = EnumSet.noneOf(OutboundEvent.class);
		if (codes == null) {
			return chosen;
		}
		for (String code : codes) {
			chosen.add(WireCode.parse(EnumSet.allOf(OutboundEvent.class), code, "events", "event"));
		}
		return chosen;
	}

	private static String codes(Set<OutboundEvent> events) {
		return events.isEmpty() ? "all" : events.stream().map(OutboundEvent::code).collect(Collectors.joining(" "));
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A webhook just added.
	 *
	 * @param endpoint the webhook
	 * @param secret its signing secret, shown once
	 */
	public record Added(WebhookEndpoint endpoint, String secret) {
	}

}
