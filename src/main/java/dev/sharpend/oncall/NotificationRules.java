package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notification rules: for high or low urgency pages, which contact method to
 * use how many minutes after the page.
 */
@Service
@Transactional
public class NotificationRules {

	private static final int MAX_RULES = 30;

	private final NotificationRuleRepository rules;

	private final ContactMethods methods;

	private final Clock clock;

	NotificationRules(NotificationRuleRepository rules, ContactMethods methods, Clock clock) {
		this.rules = rules;
		this.methods = methods;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<NotificationRule> of(UserId user) {
		return this.rules.of(user);
	}

	/** Adds a rule; the method must be the person's own (verified or not yet). */
	public NotificationRule add(UserId user, @Nullable String urgency, @Nullable Integer delayMinutes,
			@Nullable UUID method) {
		Urgency chosen = WireCode.find(Urgency.class, String.valueOf(urgency))
			.orElseThrow(() -> RequestRejected.invalid("urgency", "Choose high or low."));
		if (delayMinutes == null || delayMinutes < 0 || delayMinutes > 60) {
			throw RequestRejected.invalid("delayMinutes", "Give a delay from 0 to 60 minutes.");
		}
		if (method == null) {
			throw RequestRejected.invalid("method", "Choose one of your contact methods.");
		}
		try {
			this.methods.require(user, method);
		}
		catch (RequestRejected ex) {
			throw RequestRejected.invalid("method", "That is not one of this person's contact methods.");
		}
		if (this.rules.of(user).size() >= MAX_RULES) {
			throw RequestRejected.conflict("method", "A person has at most " + MAX_RULES + " notification rules.");
		}
		NotificationRule rule = new NotificationRule(UUID.randomUUID(), user, chosen.code(), delayMinutes, method);
		this.rules.insert(rule, this.clock.instant());
		return rule;
	}

	public void remove(UserId user, UUID id) {
		if (!this.rules.delete(user, id)) {
			throw RequestRejected.notFound("There is no such notification rule.");
		}
	}

}
