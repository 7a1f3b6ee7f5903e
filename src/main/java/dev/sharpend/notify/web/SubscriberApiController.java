package dev.sharpend.notify.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.sharpend.catalog.PageId;
import dev.sharpend.notify.Channel;
import dev.sharpend.notify.NewSubscriber;
import dev.sharpend.notify.Subscriber;
import dev.sharpend.notify.Subscriptions;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
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

/** A status page's subscribers, for automation. */
@RestController
@RequestMapping("/api/v1/status-pages/{pageId}/subscribers")
class SubscriberApiController {

	private final Subscriptions subscriptions;

	SubscriberApiController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	Items list(@PathVariable String pageId) {
		return new Items(
				this.subscriptions.list(page(pageId)).stream().map((s) -> SubscriberResponse.of(s, null)).toList());
	}

	@PostMapping
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	SubscriberResponse create(@PathVariable String pageId, @RequestBody CreateSubscriberRequest request) {
		Channel channel = Channel.fromCode(request.type())
			.orElseThrow(() -> RequestRejected.invalid("type",
					"Choose a type: email, webhook, slack, mattermost or teams."));
		String target = (channel == Channel.EMAIL) ? request.email() : request.url();
		Subscriptions.Added added = this.subscriptions.add(page(pageId), new NewSubscriber(channel, target,
				request.components(), Boolean.TRUE.equals(request.skipConfirmation())));
		return SubscriberResponse.of(added.subscriber(), added.secret());
	}

	@DeleteMapping("/{subscriberId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String pageId, @PathVariable String subscriberId) {
		this.subscriptions.remove(page(pageId), subscriberId);
	}

	private static PageId page(String id) {
		try {
			return new PageId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no status page " + id + ".");
		}
	}

	record Items(List<SubscriberResponse> items) {
	}

	/**
	 * A subscriber to add.
	 *
	 * @param type email, webhook, slack, mattermost or teams
	 * @param email the address (type email)
	 * @param url the webhook or chat incoming-webhook URL
	 * @param components component ids; omit for all
	 * @param skipConfirmation add an e-mail address as confirmed, without a confirmation
	 * mail
	 */
	record CreateSubscriberRequest(String type, String email, String url, Set<String> components,
			Boolean skipConfirmation) {
	}

	/**
	 * A subscriber; {@code secret} (the webhook signing secret) only in the answer to its
	 * creation.
	 */
	record SubscriberResponse(String id, String pageId, String type, String target, boolean confirmed,
			Set<String> components, Instant createdAt, String secret) {

		static SubscriberResponse of(Subscriber s, String secret) {
			return new SubscriberResponse(s.id(), s.page().value(), s.channel().code(), s.target(), s.confirmed(),
					s.components(), s.createdAt(), secret);
		}

	}

}
