package dev.sharpend.oncall;

import java.util.UUID;

import dev.sharpend.identity.UserId;

/**
 * One step of how a person wants to be told of a page.
 *
 * @param id the rule's id
 * @param user whose rule it is
 * @param urgency {@code high} or {@code low}: which pages it applies to
 * @param delayMinutes minutes after the page (0 to 60)
 * @param method the contact method used
 */
public record NotificationRule(UUID id, UserId user, String urgency, int delayMinutes, UUID method) {

	boolean appliesTo(Urgency urgency) {
		return this.urgency.equals(urgency.code());
	}

}
