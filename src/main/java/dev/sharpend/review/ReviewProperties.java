package dev.sharpend.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the review module.
 *
 * @param reminderInterval how often action items are checked for reminders
 * @param timeZone where the team's calendar days begin: due dates fall due and become
 * overdue at its midnight
 */
@ConfigurationProperties("sharpend.review")
record ReviewProperties(Duration reminderInterval, ZoneId timeZone) {

	public ReviewProperties {
		reminderInterval = (reminderInterval != null) ? reminderInterval : Duration.ofMinutes(15);
		timeZone = (timeZone != null) ? timeZone : ZoneOffset.UTC;
	}

	/** The team's calendar day at this instant. */
	public LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, this.timeZone);
	}

}
