package dev.sharpend.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the outbox keeps what is done with.
 *
 * @param delivered how long a delivered message's row is kept (for looking into what was
 * sent); dead ones are kept until retried or the page is deleted
 * @param unconfirmed how long an e-mail subscription waits for its confirmation before it
 * is forgotten
 */
@ConfigurationProperties("sharpend.notify.retention")
record OutboxRetention(Duration delivered, Duration unconfirmed) {

	public OutboxRetention {
		delivered = (delivered != null) ? delivered : Duration.ofDays(30);
		unconfirmed = (unconfirmed != null) ? unconfirmed : Duration.ofDays(7);
	}

}
