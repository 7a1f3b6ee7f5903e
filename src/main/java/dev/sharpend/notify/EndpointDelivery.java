package dev.sharpend.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

import dev.sharpend.secret.Secrets;

import org.springframework.stereotype.Component;

/**
 * Posts incident and alert group events to outbound webhooks, signed like status page
 * webhooks with the webhook's secret.
 */
@Component
class EndpointDelivery implements DeliverySender {

	private final SafeHttp http;

	private final WebhookEndpointRepository endpoints;

	private final Secrets secrets;

	private final Clock clock;

	EndpointDelivery(SafeHttp http, WebhookEndpointRepository endpoints, Secrets secrets, Clock clock) {
		this.http = http;
		this.endpoints = endpoints;
		this.secrets = secrets;
		this.clock = clock;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.ENDPOINT);
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailed {
		WebhookEndpoint endpoint = this.endpoints.findById(delivery.subscriberId())
			.orElseThrow(() -> new DeliveryFailed("The webhook was removed."));
		String secret = this.secrets.open(endpoint.secret());
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		long timestamp = this.clock.instant().getEpochSecond();
		this.http.post(endpoint.url(), "application/json", body, Hmac.headers(delivery, secret, timestamp, body));
	}

}
