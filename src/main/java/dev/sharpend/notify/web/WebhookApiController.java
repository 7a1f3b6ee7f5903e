package dev.sharpend.notify.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.sharpend.notify.Delivery;
import dev.sharpend.notify.OutboundEvent;
import dev.sharpend.notify.OutboundWebhooks;
import dev.sharpend.notify.WebhookEndpoint;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outbound webhooks on incident and alert group events. They send incident data out of
 * Sharpend to a URL of the caller's choosing, so managing them is an installation setting
 * ({@code settings:admin}).
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

	private final OutboundWebhooks webhooks;

	WebhookApiController(OutboundWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	Items list() {
		return new Items(this.webhooks.list().stream().map((e) -> WebhookResponse.of(e, null)).toList());
	}

	@PostMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	WebhookResponse create(@RequestBody CreateWebhookRequest request) {
		OutboundWebhooks.Added added = this.webhooks.add(request.name(), request.url(), request.events());
		return WebhookResponse.of(added.endpoint(), added.secret());
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	WebhookResponse get(@PathVariable String id) {
		return WebhookResponse.of(this.webhooks.require(id), null);
	}

	@GetMapping("/{id}/deliveries")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	Deliveries deliveries(@PathVariable String id) {
		return new Deliveries(this.webhooks.deliveries(id).stream().map(DeliveryResponse::of).toList());
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.webhooks.remove(id);
	}

	/**
	 * A webhook to add.
	 *
	 * @param name what it is for
	 * @param url where to post
	 * @param events event names to send; omit or empty for all
	 */
	record CreateWebhookRequest(String name, String url, Set<String> events) {
	}

	/** A webhook; {@code secret} only in the answer to its creation. */
	record WebhookResponse(String id, String name, String url, List<String> events, Instant createdAt, String secret) {

		static WebhookResponse of(WebhookEndpoint e, String secret) {
			return new WebhookResponse(e.id(), e.name(), e.url(), e.events().stream().map(OutboundEvent::code).toList(),
					e.createdAt(), secret);
		}

	}

	record Items(List<WebhookResponse> items) {
	}

	record DeliveryResponse(String id, String event, String state, int attempts, Instant nextAttemptAt,
			String lastError, Instant createdAt, Instant deliveredAt) {

		static DeliveryResponse of(Delivery d) {
			return new DeliveryResponse(d.id(), d.event(), d.state().name().toLowerCase(), d.attempts(),
					d.nextAttemptAt(), d.lastError(), d.createdAt(), d.deliveredAt());
		}

	}

	record Deliveries(List<DeliveryResponse> items) {
	}

}
