package dev.sharpend.notify.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sharpend.notify.NotifyProperties;

import org.springframework.stereotype.Component;

/**
 * Bounds how often one client address may submit the public subscribe form, so the form
 * cannot be used to send confirmation mail in bulk. Counted per node, in memory.
 */
@Component
class SubscribeThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int limit;

	private final Clock clock;

	SubscribeThrottle(NotifyProperties properties, Clock clock) {
		this.limit = properties.subscribeLimit();
		this.clock = clock;
	}

	/** Records an attempt; false when the client has used up its allowance. */
	boolean tryAcquire(String client) {
		Instant now = this.clock.instant();
		if (this.recent.size() > MAX_CLIENTS) {
			this.recent.values().removeIf((q) -> q.isEmpty() || q.peekLast().isBefore(now.minus(WINDOW)));
		}
		Deque<Instant> attempts = this.recent.computeIfAbsent(client, (c) -> new ArrayDeque<>());
		synchronized (attempts) {
			while (!attempts.isEmpty() && attempts.peekFirst().isBefore(now.minus(WINDOW))) {
				attempts.pollFirst();
			}
			if (attempts.size() >= this.limit) {
				return false;
			}
			attempts.addLast(now);
			return true;
		}
	}

}
