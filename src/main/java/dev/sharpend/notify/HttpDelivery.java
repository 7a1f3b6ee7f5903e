package dev.sharpend.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import dev.sharpend.secret.Secrets;

import org.springframework.stereotype.Component;

/**
 * Posts webhooks (signed with the subscriber's secret) and chat messages (to the sealed
 * chat URL).
 */
@Component
class HttpDelivery implements DeliverySender {

	private final SafeHttp http;

	private final SubscriberRepository subscribers;

	private final Secrets secrets;

	private final Clock clock;

	HttpDelivery(SafeHttp http, SubscriberRepository subscribers, Secrets secrets, Clock clock) {
		this.http = http;
		this.subscribers = subscribers;
		this.secrets = secrets;
		this.clock = clock;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.WEBHOOK, Channel.SLACK, Channel.MATTERMOST, Channel.TEAMS);
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailed {
		if (delivery.secret() != null) {
			sendPersonal(delivery);
			return;
		}
		Subscriber subscriber = (delivery.subscriberId() != null)
				? this.subscribers.findById(delivery.subscriberId()).orElse(null) : null;
		if (subscriber == null || subscriber.secret() == null) {
			throw new DeliveryFailed("The subscriber was removed.");
		}
		String secret = this.secrets.open(subscriber.secret());
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		if (delivery.channel() != Channel.WEBHOOK) {
			this.http.post(secret, "application/json", body, Map.of());
			return;
		}
		long timestamp = this.clock.instant().getEpochSecond();
		this.http.post(delivery.target(), "application/json", body, Hmac.headers(delivery, secret, timestamp, body));
	}

	/** A message to a person's contact method, which carries its own sealed secret. */
	private void sendPersonal(Delivery delivery) throws DeliveryFailed {
		String secret;
		try {
			secret = this.secrets.open(delivery.secret());
		}
		catch (java.util.NoSuchElementException ex) {
			throw new DeliveryFailed("The contact method was removed.");
		}
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		if (delivery.channel() != Channel.WEBHOOK) {
			this.http.post(secret, "application/json", body, Map.of());
			return;
		}
		long timestamp = this.clock.instant().getEpochSecond();
		this.http.post(delivery.target(), "application/json", body, Hmac.headers(delivery, secret, timestamp, body));
	}

}
