package dev.sharpend.statuspage;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * When a maintenance happens and what Sharpend does by itself.
 *
 * @param scheduledFor start
 * @param scheduledUntil end
 * @param autoInProgress move to in_progress at the start
 * @param autoCompleted move to completed at the end
 * @param autoComponents set affected components under maintenance at the start and back
 * at the end
 */
@NamedInterface("api")
public record Schedule(Instant scheduledFor, Instant scheduledUntil, boolean autoInProgress, boolean autoCompleted,
		boolean autoComponents) {

	public Schedule {
		if (scheduledFor == null || scheduledUntil == null) {
			throw new IllegalArgumentException("a maintenance needs scheduled_for and scheduled_until");
		}
	}

}
