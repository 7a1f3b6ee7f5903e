package dev.sharpend.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the review module.
 *
 * @param reminderInterval how often action items are checked for reminders
 */
@ConfigurationProperties("sharpend.review")
public record ReviewProperties(Duration reminderInterval) {

	public ReviewProperties {
		reminderInterval = (reminderInterval != null) ? reminderInterval : Duration.ofMinutes(15);
	}

}
